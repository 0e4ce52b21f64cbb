'use client';

import { Card, Table, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import type { JourneyDashboardKpisQuery } from '@opencx/console-graphql';
import { FigureText, fmt } from '../common/figure';

type Metric = JourneyDashboardKpisQuery['kpis']['metrics'][number];

/**
 * Operational metrics beside the survey ones: each duration's mean, p50 and p90 and the share
 * within SLA, next to the journey's CSAT. p50/p90 come from the roll-ups' fixed-bucket histograms
 * (interpolated inside a bucket), so they are estimates within one bucket's width; the UI says so.
 */
export function OperationalMetrics({ metrics }: { metrics: readonly Metric[] }) {
  const t = useTranslations('dashboard.insights');
  const labelled = useTranslations('app');
  const locale = useLocale();
  const operational = metrics.filter((m) => m.kind === 'duration' || m.kind === 'numeric' || m.kind === 'rate');
  const csat = metrics.find((m) => m.key === 'csat');
  if (!operational.length) return null;
  const name = (m: Metric) => (locale === 'zh-CN' ? m.nameZh : m.nameEn);
  return (
    <Card title={t('operational')} size="small" data-testid="operational-metrics">
      {csat && (
        <Typography.Paragraph>
          <Typography.Text strong>{labelled('labelled', { label: name(csat), value: '' })}</Typography.Text>
          <FigureText figure={csat.total} unit="%" />
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        pagination={false}
        rowKey="metricId"
        dataSource={operational}
        columns={[
          { title: t('metric'), key: 'name', render: (_: unknown, m: Metric) => name(m) },
          { title: 'n', key: 'n', render: (_: unknown, m: Metric) => <span>{m.total.n}{m.total.lowSample && <Tag color="orange" style={{ marginInlineStart: 4 }}>{t('lowSample')}</Tag>}</span> },
          { title: t('mean'), key: 'mean', render: (_: unknown, m: Metric) => (m.kind === 'rate' ? `${fmt(m.total.value)}%` : `${fmt(m.total.value)} ${m.unit ?? ''}`) },
          { title: 'p50', key: 'p50', render: (_: unknown, m: Metric) => (m.kind === 'duration' ? fmt(m.total.p50) : '—') },
          { title: 'p90', key: 'p90', render: (_: unknown, m: Metric) => <span data-testid={`p90-${m.key}`}>{m.kind === 'duration' ? fmt(m.total.p90) : '—'}</span> },
          { title: t('withinSla'), key: 'within', render: (_: unknown, m: Metric) => <span data-testid={`within-${m.key}`}>{m.total.withinTarget === null || m.total.withinTarget === undefined ? '—' : `${fmt(m.total.withinTarget)}%`}</span> },
          { title: t('target'), key: 'target', render: (_: unknown, m: Metric) => fmt(m.total.target, 0) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('percentileNote')}
      </Typography.Paragraph>
    </Card>
  );
}
