'use client';

import { Button } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';

/** The map's way to its research page (plan, evidence). */
export function ResearchLink({ journeyId }: { journeyId: string }) {
  const t = useTranslations('research');
  return (
    <Button icon={<ExperimentOutlined />} href={`/journeys/${journeyId}/research`} data-testid="open-research">
      {t('link')}
    </Button>
  );
}
