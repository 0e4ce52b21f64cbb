'use client';

import Link from 'next/link';
import { Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { PainPointSuggestions } from './pain-point-suggestions';

/** /journeys/[id]/suggestions: a journey's pain-point suggestions on their own page (linked from the map). */
export function PainPointSuggestionsScreen({ journeyId }: { journeyId: string }) {
  const t = useTranslations('actions.suggestions');
  return (
    <Flex vertical gap={12}>
      <Link href={`/journeys/${journeyId}`}>{t('backToMap')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('pageTitle')}
      </Typography.Title>
      <PainPointSuggestions journeyId={journeyId} />
    </Flex>
  );
}
