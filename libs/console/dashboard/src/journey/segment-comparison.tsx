'use client';

import { useMemo, useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery, type SegmentComparisonQuery as Data } from '@opencx/console-graphql';
import { EChart } from '../charts/echart';
import { fmt } from '../common/figure';
import { SegmentComparisonQuery } from '../documents/dashboard-insights.documents';
import type { DashboardFilter } from '../filter/dashboard-filter';

type Row = Data['segmentComparison']['metrics'][number];

function DifferenceTag({ d }: { d: Row['difference'] }) {
  const t = useTranslations('dashboard.insights');
  if (!d) return <Tag>{t('untested')}</Tag>;
  if (!d.significant) return <Tag data-testid="segment-difference">{t('noDifference', { p: d.pValue.toFixed(3) })}</Tag>;
  return (
    <Tag color="purple" data-testid="segment-difference">
      {t('difference', { difference: `${d.difference > 0 ? '+' : '−'}${fmt(Math.abs(d.difference))}`, p: d.pValue < 0.001 ? '<0.001' : d.pValue.toFixed(3) })}
    </Tag>
  );
}

/** Two segments side by side on one chart, each figure with n and interval, and the test of B − A. */
export function SegmentComparison({ journeyId, filter, onCompare, fileBase }: { journeyId: string; filter: DashboardFilter; onCompare: (a?: string, b?: string) => void; fileBase: string }) {
  const t = useTranslations('dashboard.insights');
  const locale = useLocale();
  const [a, setA] = useState(filter.compareA ?? '');
  const [b, setB] = useState(filter.compareB ?? '');
  const active = filter.compareA !== undefined && filter.compareB !== undefined;
  const query = useGqlQuery(SegmentComparisonQuery, {
    variables: { journeyId, from: filter.from, to: filter.to, segmentA: filter.compareA ?? '', segmentB: filter.compareB ?? '', site: filter.siteId ?? null },
    skip: !active,
  });
  const rows = query.data?.segmentComparison.metrics ?? [];
  const name = (m: Row) => (locale === 'zh-CN' ? m.nameZh : m.nameEn);
  const segmentName = (s: string) => (s === '' ? t('noSegment') : s);
  const shown = rows.filter((m) => ['nps', 'csat', 'ces', 'rate'].includes(m.kind));
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [segmentName(filter.compareA ?? ''), segmentName(filter.compareB ?? '')] },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: shown.map(name) },
      yAxis: { type: 'value', name: '%' },
      series: [
        { name: segmentName(filter.compareA ?? ''), type: 'bar', data: shown.map((m) => m.a.value), itemStyle: { color: '#1677ff' } },
        { name: segmentName(filter.compareB ?? ''), type: 'bar', data: shown.map((m) => m.b.value), itemStyle: { color: '#fa8c16' } },
      ],
    }),
    // The chart's inputs are all derived from these (names from the locale, series from the answer and the URL).
    [query.data, locale, filter.compareA, filter.compareB],
  );
  const figure = (f: Row['a']) => (f.n ? `${fmt(f.value)} (n ${f.n}, ${fmt(f.low)}–${fmt(f.high)})${f.lowSample ? ' ⚠' : ''}` : t('noData'));
  return (
    <Card title={t('segments')} size="small" data-testid="segment-comparison">
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Input aria-label={t('segmentA')} placeholder={t('segmentA')} value={a} onChange={(e) => setA(e.target.value)} style={{ width: 160 }} data-testid="compare-a" />
        <Typography.Text>{t('versus')}</Typography.Text>
        <Input aria-label={t('segmentB')} placeholder={t('segmentB')} value={b} onChange={(e) => setB(e.target.value)} style={{ width: 160 }} data-testid="compare-b" />
        <Button type="primary" disabled={a.trim() === b.trim()} onClick={() => onCompare(a.trim(), b.trim())} data-testid="compare-segments">
          {t('compare')}
        </Button>
        {active && <Button onClick={() => onCompare(undefined, undefined)}>{t('clear')}</Button>}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('segmentsExplain')}
      </Typography.Paragraph>
      {active && query.data && (
        <>
          {shown.length > 0 && <EChart kind="trend" option={option} height={240} label={t('segments')} fileName={`${fileBase}-segments`} data={{ header: ['metric', 'segment_a', 'a_value', 'a_n', 'segment_b', 'b_value', 'b_n', 'difference', 'p_value', 'significant'], rows: rows.map((m) => [m.key, filter.compareA, m.a.value, m.a.n, filter.compareB, m.b.value, m.b.n, m.difference?.difference ?? null, m.difference?.pValue ?? null, m.difference?.significant ?? null]) }} />}
          <Table
            size="small"
            pagination={false}
            rowKey="metricId"
            dataSource={rows}
            columns={[
              { title: t('metric'), key: 'name', render: (_: unknown, m: Row) => name(m) },
              { title: segmentName(filter.compareA ?? ''), key: 'a', render: (_: unknown, m: Row) => figure(m.a) },
              { title: segmentName(filter.compareB ?? ''), key: 'b', render: (_: unknown, m: Row) => figure(m.b) },
              { title: t('bMinusA'), key: 'd', render: (_: unknown, m: Row) => <DifferenceTag d={m.difference} /> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
