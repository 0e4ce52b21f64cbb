'use client';

import { useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery, type CommentAnalyticsQuery as Data } from '@opencx/console-graphql';
import { EChart } from '../charts/echart';
import { ChangeMarker, fmt } from '../common/figure';
import { CommentAnalyticsQuery } from '../documents/dashboard-insights.documents';
import type { DashboardFilter } from '../filter/dashboard-filter';
import { VerbatimDrawer, type VerbatimFocus } from './verbatim-drawer';

type Term = Data['commentAnalytics']['topics'][number];

/** A term's change against the previous window: rising only when the test says so. */
function TermChange({ term }: { term: Pick<Term, 'rising' | 'significant' | 'difference' | 'pValue'> }) {
  const t = useTranslations('dashboard.insights');
  if (term.pValue === null || term.pValue === undefined) return <Tag>{t('untested')}</Tag>;
  if (term.rising) return <Tag color="red">{t('rising', { difference: fmt(term.difference), p: term.pValue < 0.001 ? '<0.001' : term.pValue.toFixed(3) })}</Tag>;
  if (term.significant) return <Tag color="green">{t('falling', { difference: fmt(Math.abs(term.difference ?? 0)) })}</Tag>;
  return <Tag>{t('noChange')}</Tag>;
}

function TermRow({ term, label, testId, onOpen }: { term: Term | Omit<Term, 'nameEn' | 'nameZh' | 'negative'>; label: string; testId: string; onOpen: () => void }) {
  const t = useTranslations('dashboard.insights');
  return (
    <Flex justify="space-between" align="center" gap={8} wrap="wrap" data-testid={testId}>
      <Button type="link" size="small" onClick={onOpen} style={{ paddingInline: 0 }} data-testid={`${testId}-open`}>
        {label}
      </Button>
      <Flex gap={4} align="center" wrap="wrap">
        <Typography.Text type="secondary">{t('mentions', { count: term.count, share: fmt(term.share), previous: term.previousCount })}</Typography.Text>
        {'negative' in term && term.negative !== null && term.negative !== undefined && <Typography.Text type="secondary">{t('negative', { n: term.negative })}</Typography.Text>}
        <TermChange term={term} />
      </Flex>
    </Flex>
  );
}

/** Top topics, rising keywords (tested against the previous window) and the sentiment trend; a click opens sample verbatims. */
export function CommentInsights({ journeyId, filter, segment, fileBase }: { journeyId: string; filter: DashboardFilter; segment?: string; fileBase: string }) {
  const t = useTranslations('dashboard.insights');
  const locale = useLocale();
  const [focus, setFocus] = useState<VerbatimFocus | null>(null);
  const query = useGqlQuery(CommentAnalyticsQuery, { variables: { journeyId, from: filter.from, to: filter.to, granularity: filter.granularity, segment: segment ?? null, site: filter.siteId ?? null } });
  const data = query.data?.commentAnalytics;
  const option = useMemo(() => {
    if (!data) return null;
    const b = data.sentiment;
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('sentimentMean'), t('comments')] },
      grid: { left: 48, right: 48, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: b.map((x) => x.start) },
      yAxis: [
        { type: 'value', min: -1, max: 1, name: t('sentimentAxis') },
        { type: 'value', name: 'n', splitLine: { show: false } },
      ],
      series: [
        { name: t('comments'), type: 'bar', yAxisIndex: 1, data: b.map((x) => x.n), itemStyle: { color: '#d9d9d9' }, barMaxWidth: 16 },
        { name: 'low', type: 'line', data: b.map((x) => x.low), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: t('interval'), type: 'line', data: b.map((x) => (x.low == null || x.high == null ? null : x.high - x.low)), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(114,46,209,0.15)' } },
        {
          name: t('sentimentMean'),
          type: 'line',
          data: b.map((x) => x.mean),
          symbolSize: (_: unknown, p: { dataIndex: number }) => (b[p.dataIndex]?.change?.significant ? 10 : 4),
          itemStyle: { color: '#722ed1' },
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { type: 'dashed', color: '#8c8c8c' }, label: { show: false } },
        },
      ],
    };
  }, [data, t]);
  if (!data) return <Card title={t('title')} size="small" loading />;
  const last = [...data.sentiment].reverse().find((b) => b.n > 0);
  const topicLabel = (x: Term) => (locale === 'zh-CN' ? x.nameZh : x.nameEn) ?? x.term;
  return (
    <Card title={t('title')} size="small" data-testid="comment-insights">
      <Typography.Paragraph type="secondary">{t('summary', { n: data.comments, previous: data.previousComments, from: data.previousFrom, to: data.previousTo })}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Typography.Title level={5}>{t('topics')}</Typography.Title>
          {data.topics.length ? (
            <Flex vertical gap={4} data-testid="comment-topics">
              {data.topics.map((x) => (
                <TermRow key={x.term} term={x} label={topicLabel(x)} testId={`topic-${x.term}`} onOpen={() => setFocus({ kind: 'topic', term: x.term, label: topicLabel(x) })} />
              ))}
            </Flex>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTopics')} />
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Typography.Title level={5}>{t('keywords')}</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('keywordsExplain')}
          </Typography.Paragraph>
          {data.keywords.length ? (
            <Flex vertical gap={4} data-testid="comment-keywords">
              {data.keywords.map((x) => (
                <TermRow key={x.term} term={x} label={x.term} testId={`keyword-${x.term}`} onOpen={() => setFocus({ kind: 'keyword', term: x.term, label: x.term })} />
              ))}
            </Flex>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noKeywords')} />
          )}
        </Col>
        <Col xs={24} lg={8} data-testid="sentiment-trend">
          <Typography.Title level={5}>{t('sentiment')}</Typography.Title>
          <Flex gap={4} align="center" wrap="wrap">
            <Typography.Text type="secondary">{t('latest')}</Typography.Text>
            <ChangeMarker change={last?.change} />
          </Flex>
          {option && (
            <EChart
              kind="trend"
              option={option}
              height={240}
              label={t('sentiment')}
              fileName={`${fileBase}-sentiment`}
              data={{ header: ['bucket', 'mean_sentiment', 'n', 'low', 'high', 'negative_share', 'change', 'p_value', 'significant'], rows: data.sentiment.map((b) => [b.start, b.mean, b.n, b.low, b.high, b.negativeShare, b.change?.difference ?? null, b.change?.pValue ?? null, b.change?.significant ?? null]) }}
            />
          )}
        </Col>
      </Row>
      <VerbatimDrawer journeyId={journeyId} from={filter.from} to={filter.to} siteId={filter.siteId} focus={focus} onClose={() => setFocus(null)} />
    </Card>
  );
}
