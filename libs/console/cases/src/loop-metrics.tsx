'use client';

import { useMemo } from 'react';
import { Card, Flex, Statistic, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { FollowUpLoopMetricsQuery } from './documents/cases.documents';

const DAY_MS = 86_400_000;

/** The loop's own figures over the cases opened in the last 90 days: each with its n, absent (—) when n = 0. */
export function LoopMetrics({ version }: { version: number }) {
  const t = useTranslations('cases.metrics');
  const input = useMemo(() => {
    const now = Date.now();
    return { from: new Date(now - 90 * DAY_MS).toISOString(), to: new Date(now + DAY_MS).toISOString(), v: version };
  }, [version]);
  const metrics = useGqlQuery(FollowUpLoopMetricsQuery, { variables: { input: { from: input.from, to: input.to } } });
  const all = metrics.data?.followUpLoopMetrics[0];
  const pct = (r: { value: number; n: number } | null | undefined) => (r ? `${r.value.toFixed(0)}%` : '—');
  const n = (count: number | null | undefined) => t('n', { n: count ?? 0 });
  const minutes = all?.meanMinutesToFirstContact;
  return (
    <Card size="small" loading={metrics.loading && !metrics.data} data-testid="loop-metrics">
      <Flex wrap gap={32}>
        <Tooltip title={t('recoveryHint')}>
          <div data-testid="loop-recovery">
            <Statistic title={t('recovery')} value={pct(all?.recoveryRate)} suffix={<small>{n(all?.recoveryRate?.n)}</small>} />
          </div>
        </Tooltip>
        <Statistic title={t('firstContact')} value={minutes === null || minutes === undefined ? '—' : t('minutes', { minutes: Math.round(minutes) })} suffix={<small>{n(all?.contacted)}</small>} />
        <Statistic title={t('breach')} value={pct(all?.slaBreachRate)} suffix={<small>{n(all?.n)}</small>} />
        <Statistic title={t('resolved')} value={pct(all?.resolvedShare)} suffix={<small>{n(all?.n)}</small>} />
      </Flex>
    </Card>
  );
}
