'use client';

import { Button } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';

/** The map's way to its pain-point suggestions (owned by the actions screens, on their own page). */
export function SuggestionsLink({ journeyId }: { journeyId: string }) {
  const t = useTranslations('actions.suggestions');
  return (
    <Button icon={<BulbOutlined />} href={`/journeys/${journeyId}/suggestions`} data-testid="open-suggestions">
      {t('title')}
    </Button>
  );
}
