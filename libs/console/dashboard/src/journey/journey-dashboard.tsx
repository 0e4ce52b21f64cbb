'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Alert, Button, Card, Col, Flex, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery, type JourneyDashboardKpisQuery as DashboardKpis, type JourneyDashboardPlacesQuery as DashboardPlaces, type JourneyKeyDriversQuery as DriversData, type JourneyTouchpointKpisQuery as TouchpointData } from '@opencx/console-graphql';
import { EChart } from '../charts/echart';
import { tooltipLines } from '../charts/tooltip-html';
import { ChangeMarker, FigureText, fmt } from '../common/figure';
import { JourneyDashboardKpisQuery, JourneyDashboardPlacesQuery, JourneyKeyDriversQuery, JourneyTouchpointKpisQuery } from '../documents/dashboard.documents';
import { effectiveSegment, filterFromSearch, filterToSearch, GRANULARITIES, type DashboardFilter } from '../filter/dashboard-filter';
import { AlertsWidget } from './alerts-widget';
import { CommentInsights } from './comment-insights';
import { OperationalMetrics } from './operational-metrics';
import { PriorityList } from './priority-list';
import { SegmentComparison } from './segment-comparison';

type Metric = DashboardKpis['kpis']['metrics'][number];
type Drivers = DriversData['keyDrivers'];
const today = () => new Date().toISOString().slice(0, 10);
const NO_PERSONAS: DashboardPlaces['personas'] = [];

/** Trend of one metric: the figure per bucket, its 95 % interval as a band, the target as a line, significant changes marked. */
function TrendCard({ metric, name, fileBase }: { metric: Metric; name: string; fileBase: string }) {
  const t = useTranslations('dashboard.journey');
  const unit = metric.kind === 'nps' ? '' : metric.unit === '%' || ['csat', 'ces', 'rate'].includes(metric.kind) ? '%' : (metric.unit ?? '');
  const last = [...metric.buckets].reverse().find((b) => b.figure.n > 0);
  const option = useMemo(() => {
    const starts = metric.buckets.map((b) => b.start);
    const low = metric.buckets.map((b) => b.figure.low);
    const band = metric.buckets.map((b) => (b.figure.low == null || b.figure.high == null ? null : b.figure.high - b.figure.low));
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('series.value'), t('series.volume')] },
      grid: { left: 48, right: 48, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: starts },
      yAxis: [
        { type: 'value', scale: true, name: unit },
        { type: 'value', name: 'n', splitLine: { show: false } },
      ],
      series: [
        { name: t('series.volume'), type: 'bar', yAxisIndex: 1, data: metric.buckets.map((b) => b.figure.n), itemStyle: { color: '#d9d9d9' }, barMaxWidth: 16 },
        // The band: an invisible lower line with the interval's width stacked on it.
        { name: 'low', type: 'line', data: low, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: t('series.interval'), type: 'line', data: band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(22,119,255,0.15)' } },
        {
          name: t('series.value'),
          type: 'line',
          data: metric.buckets.map((b) => b.figure.value),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: (_: unknown, p: { dataIndex: number }) => (metric.buckets[p.dataIndex]?.change?.significant ? 10 : 4),
          itemStyle: { color: '#1677ff' },
          markLine:
            metric.total.target === null
              ? undefined
              : { silent: true, symbol: 'none', data: [{ yAxis: metric.total.target, name: t('series.target') }], lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: t('series.targetLabel', { target: fmt(metric.total.target, 0) }) } },
        },
      ],
    };
  }, [metric, t, unit]);
  const data = useMemo(
    () => ({
      header: ['bucket', 'value', 'n', 'low', 'high', 'target', 'change', 'p_value', 'significant'],
      rows: metric.buckets.map((b) => [b.start, b.figure.value, b.figure.n, b.figure.low, b.figure.high, b.figure.target, b.change?.difference ?? null, b.change?.pValue ?? null, b.change?.significant ?? null]),
    }),
    [metric],
  );
  return (
    <Card title={name} size="small" data-testid={`trend-${metric.key}`}>
      <Flex vertical gap={8}>
        <FigureText figure={metric.total} unit={unit} />
        <Space size={4}>
          <Typography.Text type="secondary">{t('latest')}</Typography.Text>
          <ChangeMarker change={last?.change} />
        </Space>
        <EChart kind="trend" option={option} label={t('trendLabel', { metric: name })} fileName={`${fileBase}-${metric.key}`} data={data} />
      </Flex>
    </Card>
  );
}

/** Stage × touchpoint heat map: each cell the touchpoint's figure minus its target (red below, green above). */
function HeatMap({ journey, touchpoints, fileBase }: { journey: NonNullable<DashboardPlaces['journey']>; touchpoints: TouchpointData['journeyKpis']['touchpoints']; fileBase: string }) {
  const t = useTranslations('dashboard.journey');
  const labelled = useTranslations('app');
  const columns = journey.stages.flatMap((s) => s.touchpoints.map((tp) => ({ id: tp.id, label: `${s.name} · ${tp.name}` })));
  const keys = ['nps', 'csat', 'ces'];
  const byTouchpoint = new Map(touchpoints.map((tp) => [tp.touchpointId, tp]));
  const cells = columns.flatMap((c, x) =>
    keys.map((k, y) => {
      const f = byTouchpoint.get(c.id)?.metrics.find((m) => m.key === k)?.figure;
      const delta = f && f.value != null && f.target != null && f.n > 0 ? f.value - f.target : null;
      return { x, y, delta, f };
    }),
  );
  const option = {
    animation: false,
    tooltip: { formatter: (p: { data: [number, number, number | null] }) => tooltipLines(columns[p.data[0]].label, labelled('labelled', { label: keys[p.data[1]].toUpperCase(), value: p.data[2] === null ? '—' : fmt(p.data[2]) })) },
    grid: { left: 56, right: 16, top: 8, bottom: 110 },
    xAxis: { type: 'category', data: columns.map((c) => c.label), axisLabel: { rotate: 40, fontSize: 10 } },
    yAxis: { type: 'category', data: keys.map((k) => k.toUpperCase()) },
    visualMap: { min: -30, max: 30, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#cf1322', '#fff1b8', '#389e0d'] }, show: false },
    series: [{ type: 'heatmap', data: cells.filter((c) => c.delta !== null).map((c) => [c.x, c.y, c.delta]), label: { show: true, formatter: (p: { data: [number, number, number] }) => fmt(p.data[2], 0) } }],
  };
  const data = {
    header: ['stage_touchpoint', 'metric', 'value', 'n', 'low', 'high', 'target', 'value_minus_target'],
    rows: cells.map((c) => [columns[c.x].label, keys[c.y], c.f?.value ?? null, c.f?.n ?? 0, c.f?.low ?? null, c.f?.high ?? null, c.f?.target ?? null, c.delta]),
  };
  return (
    <Card title={t('heatmap')} size="small">
      <EChart kind="heatmap" option={option} height={300} label={t('heatmap')} fileName={`${fileBase}-heatmap`} data={data} />
    </Card>
  );
}

/** Importance × performance: key-driver share against CSAT, the target as the vertical split; "fix first" bottom-right. */
function DriverQuadrant({ drivers, fileBase }: { drivers: Drivers; fileBase: string }) {
  const t = useTranslations('dashboard.journey');
  const labelled = useTranslations('app');
  const points = drivers.drivers.filter((d) => d.share !== null && d.performance.value !== null);
  const target = points.find((d) => d.performance.target !== null)?.performance.target ?? null;
  const option = {
    animation: false,
    tooltip: {
      formatter: (p: { dataIndex: number }) =>
        tooltipLines(
          points[p.dataIndex].touchpointName,
          labelled('labelled', { label: t('importance'), value: `${fmt(100 * (points[p.dataIndex].share ?? 0))}%` }),
          labelled('labelled', { label: 'CSAT', value: `${fmt(points[p.dataIndex].performance.value)}%` }),
        ),
    },
    grid: { left: 56, right: 24, top: 16, bottom: 40 },
    xAxis: { type: 'value', name: 'CSAT %', min: 0, max: 100 },
    yAxis: { type: 'value', name: t('importance'), min: 0, max: 100 },
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        data: points.map((d) => ({ value: [d.performance.value, 100 * (d.share ?? 0)], itemStyle: { color: d.fixFirst ? '#cf1322' : '#1677ff' } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => points[p.dataIndex].touchpointName, fontSize: 10 },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, data: [...(target === null ? [] : [{ xAxis: target }]), ...(points.length ? [{ yAxis: 100 / points.length }] : [])], label: { show: false } },
      },
    ],
  };
  const data = {
    header: ['touchpoint', 'stage', 'n', 'weight', 'share', 'csat', 'csat_n', 'target', 'fix_first'],
    rows: drivers.drivers.map((d) => [d.touchpointName, d.stageName, d.n, d.weight, d.share, d.performance.value, d.performance.n, d.performance.target, d.fixFirst]),
  };
  return (
    <Card title={t('drivers')} size="small">
      <Typography.Paragraph type="secondary">
        {drivers.enoughData ? t('driversSummary', { n: drivers.n, r2: fmt(drivers.rSquared, 2) }) : t('driversNotEnough', { n: drivers.n, respondents: drivers.respondents, min: drivers.minN })}
      </Typography.Paragraph>
      {drivers.enoughData && <EChart kind="quadrant" option={option} height={300} label={t('drivers')} fileName={`${fileBase}-drivers`} data={data} />}
      <Space wrap>
        {drivers.drivers.filter((d) => d.fixFirst).map((d) => (
          <Tag color="red" key={d.touchpointId}>
            {labelled('labelled', { label: t('fixFirst'), value: d.touchpointName })}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}

/** /dashboard/<journeyId>: a journey's KPIs over the filters in the URL. */
export function JourneyDashboard({ journeyId }: { journeyId: string }) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = useMemo(() => filterFromSearch(new URLSearchParams(params.toString()), today()), [params]);
  const [segmentText, setSegmentText] = useState(filter.segment ?? '');
  const setFilter = (patch: Partial<DashboardFilter>) => router.replace(`${pathname}?${filterToSearch({ ...filter, ...patch }).toString()}`, { scroll: false });
  // The journey, sites and personas load once; the figures are read again on each filter change.
  const places = useGqlQuery(JourneyDashboardPlacesQuery, { variables: { id: journeyId } });
  const personas = places.data?.personas ?? NO_PERSONAS;
  // The persona's segment key cuts the KPIs: a persona link waits for the personas before reading them.
  const segment = effectiveSegment(filter, personas);
  const dashboard = useGqlQuery(JourneyDashboardKpisQuery, {
    variables: { id: journeyId, from: filter.from, to: filter.to, granularity: filter.granularity, segment: segment ?? null, site: filter.siteId ?? null },
    skip: Boolean(filter.personaId) && !places.data,
  });
  const kpiWindow = { journeyId, from: filter.from, to: filter.to };
  const perTouchpoint = useGqlQuery(JourneyTouchpointKpisQuery, { variables: kpiWindow });
  const drivers = useGqlQuery(JourneyKeyDriversQuery, { variables: kpiWindow });
  const journey = places.data?.journey;
  const name = (m: { nameEn: string; nameZh: string }) => (locale === 'zh-CN' ? m.nameZh : m.nameEn);
  const fileBase = `dashboard-${journeyId.slice(0, 8)}`;
  // The PDF prints the segment the figures were cut by (a persona's segment key included).
  const pdfHref = `/api/dashboard/${journeyId}/pdf?${filterToSearch({ ...filter, segment, personaId: undefined, compareA: undefined, compareB: undefined }).toString()}&locale=${locale}`;

  return (
    <Flex vertical gap={16}>
      <Space direction="vertical" size={0}>
        <Link href={`/dashboard?${new URLSearchParams({ from: filter.from, to: filter.to }).toString()}`}>{t('journey.back')}</Link>
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
          {t('journey.title', { journey: journey?.name ?? '…' })}
        </Typography.Title>
      </Space>
      <Space wrap align="end" data-testid="dashboard-filters">
        <label>
          {t('filters.from')} <Input type="date" aria-label={t('filters.from')} value={filter.from} onChange={(e) => e.target.value && setFilter({ from: e.target.value })} style={{ width: 160 }} />
        </label>
        <label>
          {t('filters.to')} <Input type="date" aria-label={t('filters.to')} value={filter.to} onChange={(e) => e.target.value && setFilter({ to: e.target.value })} style={{ width: 160 }} />
        </label>
        <Select
          aria-label={t('filters.granularity')}
          data-testid="filter-granularity"
          value={filter.granularity}
          onChange={(granularity) => setFilter({ granularity })}
          options={GRANULARITIES.map((g) => ({ value: g, label: t(`filters.granularities.${g}`) }))}
          style={{ width: 110 }}
        />
        <Input.Search
          aria-label={t('filters.segment')}
          data-testid="filter-segment"
          placeholder={t('filters.segment')}
          value={segmentText}
          onChange={(e) => setSegmentText(e.target.value)}
          onSearch={(v) => setFilter({ segment: v.trim() || undefined })}
          allowClear
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('filters.site')}
          placeholder={t('filters.allSites')}
          value={filter.siteId}
          allowClear
          showSearch
          optionFilterProp="label"
          onChange={(siteId?: string) => setFilter({ siteId })}
          options={(places.data?.sites ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }))}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t('filters.persona')}
          data-testid="filter-persona"
          placeholder={t('filters.allPersonas')}
          value={filter.personaId}
          allowClear
          onChange={(personaId?: string) => setFilter({ personaId })}
          options={personas.map((p) => ({ value: p.id, label: p.segmentKey ? `${p.name} (${p.segmentKey})` : `${p.name} · ${t('filters.noSegmentKey')}`, disabled: !p.segmentKey }))}
          style={{ width: 200 }}
        />
        <Button icon={<FilePdfOutlined />} href={pdfHref} target="_blank" data-testid="export-pdf">
          {t('export.pdf')}
        </Button>
      </Space>
      {!dashboard.loading && dashboard.data && !dashboard.data.kpis.metrics.length && <Alert type="info" message={t('journey.noMetrics')} />}
      <AlertsWidget journeyId={journeyId} />
      <Row gutter={[16, 16]}>
        {(dashboard.data?.kpis.metrics ?? []).map((m) => (
          <Col key={m.metricId} xs={24} xl={12}>
            <TrendCard metric={m} name={name(m)} fileBase={fileBase} />
          </Col>
        ))}
      </Row>
      {journey && perTouchpoint.data && <HeatMap journey={journey} touchpoints={perTouchpoint.data.journeyKpis.touchpoints} fileBase={fileBase} />}
      {dashboard.data && <OperationalMetrics metrics={dashboard.data.kpis.metrics} />}
      {drivers.data && <DriverQuadrant drivers={drivers.data.keyDrivers} fileBase={fileBase} />}
      {drivers.data && <PriorityList journeyId={journeyId} drivers={drivers.data.keyDrivers} />}
      <CommentInsights journeyId={journeyId} filter={filter} segment={segment} fileBase={fileBase} />
      <SegmentComparison journeyId={journeyId} filter={filter} onCompare={(compareA, compareB) => setFilter({ compareA, compareB })} fileBase={fileBase} />
    </Flex>
  );
}
