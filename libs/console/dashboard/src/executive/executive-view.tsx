'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Card, Flex, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery, type ExecutiveOverviewQuery as OverviewData, type SiteLeagueQuery as LeagueData } from '@opencx/console-graphql';
import { EChart } from '../charts/echart';
import { ChangeMarker, FigureText, fmt } from '../common/figure';
import { ExecutiveOverviewQuery, SiteLeagueQuery } from '../documents/dashboard.documents';
import { filterFromSearch, filterToSearch, type DashboardFilter } from '../filter/dashboard-filter';

type Row = OverviewData['executiveOverview']['journeys'][number];
type Metric = Row['metrics'][number];
type Site = LeagueData['siteLeague']['sites'][number];
const LEAGUE_METRICS = ['nps', 'csat', 'ces'] as const;

const today = () => new Date().toISOString().slice(0, 10);

function Sparkline({ metric, label }: { metric: Metric; label: string }) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: metric.buckets.map((b) => b.start) },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: metric.buckets.map((b) => b.figure.value),
          connectNulls: true,
          symbol: 'circle',
          symbolSize: (_: unknown, p: { dataIndex: number }) => (metric.buckets[p.dataIndex]?.change?.significant ? 7 : 0),
          lineStyle: { width: 1.5 },
          markLine: metric.total.target === null || metric.total.target === undefined ? undefined : { silent: true, symbol: 'none', data: [{ yAxis: metric.total.target }], lineStyle: { type: 'dashed', color: '#999' }, label: { show: false } },
        },
      ],
    }),
    [metric],
  );
  return <EChart kind="trend" option={option} height={40} label={label} fileName={`sparkline-${metric.key}`} compact />;
}

/** /dashboard: every journey against target at a glance (read-only, viewers too), the site league table, one click into a journey. */
export function ExecutiveView() {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = useMemo(() => filterFromSearch(new URLSearchParams(params.toString()), today()), [params]);
  const leagueMetric = (LEAGUE_METRICS as readonly string[]).includes(params.get('league') ?? '') ? (params.get('league') as string) : 'csat';
  const setFilter = (patch: Partial<DashboardFilter>, league = leagueMetric) => {
    const search = filterToSearch({ ...filter, ...patch });
    if (league !== 'csat') search.set('league', league);
    router.replace(`${pathname}?${search.toString()}`, { scroll: false });
  };
  const overview = useGqlQuery(ExecutiveOverviewQuery, { variables: { from: filter.from, to: filter.to, granularity: filter.granularity } });
  const league = useGqlQuery(SiteLeagueQuery, { variables: { metric: leagueMetric, from: filter.from, to: filter.to } });
  const name = (m: { nameEn: string; nameZh: string }) => (locale === 'zh-CN' ? m.nameZh : m.nameEn);
  const dashboardHref = (journeyId: string) => `/dashboard/${journeyId}?${filterToSearch(filter).toString()}`;

  const metricColumn = (key: string) => ({
    title: key.toUpperCase(),
    key,
    render: (_: unknown, row: Row) => {
      const m = row.metrics.find((x) => x.key === key);
      if (!m) return <Typography.Text type="secondary">{t('figure.noData')}</Typography.Text>;
      return (
        <Flex vertical gap={2} style={{ minWidth: 180 }}>
          <FigureText figure={m.total} unit={key === 'nps' ? '' : '%'} />
          <Sparkline metric={m} label={t('executive.sparkline', { metric: name(m), journey: row.name })} />
          <ChangeMarker change={m.latestChange} />
        </Flex>
      );
    },
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
        {t('executive.title')}
      </Typography.Title>
      <Space wrap>
        <label>
          {t('filters.from')}{' '}
          <Input type="date" aria-label={t('filters.from')} value={filter.from} onChange={(e) => e.target.value && setFilter({ from: e.target.value })} style={{ width: 160 }} />
        </label>
        <label>
          {t('filters.to')} <Input type="date" aria-label={t('filters.to')} value={filter.to} onChange={(e) => e.target.value && setFilter({ to: e.target.value })} style={{ width: 160 }} />
        </label>
      </Space>
      <Card title={t('executive.journeys')} data-testid="executive-journeys">
        <Table<Row>
          rowKey="journeyId"
          loading={overview.loading}
          dataSource={overview.data?.executiveOverview.journeys ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: t('executive.journey'), key: 'name', fixed: 'left', render: (_, row) => <Link href={dashboardHref(row.journeyId)} data-testid="executive-journey-link">{row.name}</Link> },
            metricColumn('nps'),
            metricColumn('csat'),
            metricColumn('ces'),
            {
              title: t('executive.worst'),
              key: 'worst',
              render: (_, row) =>
                row.worstTouchpoints.length ? (
                  <List
                    size="small"
                    dataSource={row.worstTouchpoints}
                    renderItem={(w) => (
                      <List.Item style={{ padding: '2px 0' }}>
                        {w.name} · {w.metricKey.toUpperCase()} {fmt(w.figure.value)} / {fmt(w.figure.target, 0)} <Typography.Text type="secondary">(n {w.figure.n})</Typography.Text>
                      </List.Item>
                    )}
                  />
                ) : (
                  <Typography.Text type="secondary">{t('executive.noneBelow')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('league.title')}
        data-testid="site-league"
        extra={
          <Select
            aria-label={t('league.metric')}
            value={leagueMetric}
            onChange={(v) => setFilter({}, v)}
            options={LEAGUE_METRICS.map((m) => ({ value: m, label: m.toUpperCase() }))}
            style={{ width: 120 }}
          />
        }
      >
        <Typography.Paragraph type="secondary">{t('league.explain')}</Typography.Paragraph>
        <Table<Site>
          rowKey="siteId"
          size="small"
          loading={league.loading}
          dataSource={league.data?.siteLeague.sites ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('league.rank'), dataIndex: 'rank', width: 70 },
            { title: t('league.site'), key: 'site', render: (_, s) => `${s.name} (${s.code})` },
            { title: t('league.shrunk'), key: 'shrunk', render: (_, s) => `${fmt(s.shrunk)} [${fmt(s.low)}–${fmt(s.high)}]` },
            { title: t('league.raw'), key: 'raw', render: (_, s) => fmt(s.raw) },
            { title: 'n', key: 'n', render: (_, s) => (
              <Space size={4}>
                {s.n}
                {s.lowSample && <Tag color="orange">{t('figure.lowSample')}</Tag>}
              </Space>
            ) },
          ]}
        />
      </Card>
    </Flex>
  );
}
