'use client';

import Link from 'next/link';
import { Button, Descriptions, Flex, List, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { JourneyReviewReportQuery, ReviewJourneyQuery } from './documents/reviews.documents';

const f1 = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));

/** A held review as an executive reads it: the KPI snapshot, the actions' status, the decisions and notes. */
export function ReviewReport({ id, headingLevel = 2, titled = true }: { id: string; headingLevel?: 1 | 2; titled?: boolean }) {
  const t = useTranslations('reviews');
  const locale = useLocale();
  const report = useGqlQuery(JourneyReviewReportQuery, { variables: { id } });
  const r = report.data?.journeyReview;
  const journey = useGqlQuery(ReviewJourneyQuery, { variables: { id: r?.journeyId ?? '' }, skip: !r });
  if (report.error) return <Result status="404" title={t('page.notFound')} />;
  if (!r) return <Skeleton active />;
  const name = journey.data?.journey.name ?? '';
  return (
    <Flex vertical gap={16} data-testid="review-report">
      {titled && (
        <Typography.Title level={headingLevel} style={{ fontSize: headingLevel === 1 ? 24 : 18, margin: 0 }} data-testid="review-report-title">
          {t('reportTitle', { journey: name })}
        </Typography.Title>
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('period', { from: r.periodFrom, to: r.periodTo })}</Typography.Text>
        <Flex gap={8} className="review-no-print">
          <Button icon={<FilePdfOutlined />} href={`/api/reviews/${r.id}/pdf?locale=${locale}`} target="_blank">
            {t('pdf')}
          </Button>
        </Flex>
      </Flex>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={r.kpis}
        columns={[
          { title: t('kpi.metric'), render: (_, k) => (locale === 'en' ? k.nameEn : k.nameZh) },
          { title: t('kpi.value'), render: (_, k) => (k.n ? f1(k.value) : '—') },
          { title: 'n', dataIndex: 'n' },
          { title: t('kpi.interval'), render: (_, k) => (k.n ? `${f1(k.low)}–${f1(k.high)}` : '—') },
          { title: t('kpi.target'), render: (_, k) => f1(k.target) },
          { title: t('kpi.status'), render: (_, k) => <Tag>{k.status}{k.lowSample && k.n > 0 ? ` · ${t('lowSample')}` : ''}</Tag> },
        ]}
      />
      <Typography.Title level={headingLevel === 1 ? 2 : 3} style={{ fontSize: 16, margin: 0 }}>
        {t('actions')}
      </Typography.Title>
      <List
        size="small"
        dataSource={r.actions}
        locale={{ emptyText: t('none') }}
        renderItem={(a) => (
          <List.Item>
            {a.title} <Tag>{a.status}</Tag> {a.overdue && <Tag color="red">{t('overdue')}</Tag>}
          </List.Item>
        )}
      />
      <Typography.Title level={headingLevel === 1 ? 2 : 3} style={{ fontSize: 16, margin: 0 }}>
        {t('decisions')}
      </Typography.Title>
      <List size="small" dataSource={r.decisions} locale={{ emptyText: t('none') }} renderItem={(d) => <List.Item data-testid="review-decision">{d}</List.Item>} />
      {r.notes && <Descriptions column={1} items={[{ key: 'notes', label: t('notes'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</Typography.Text> }]} />}
    </Flex>
  );
}

/** /reviews/[id]: the review report as its own page — linkable, and printable (the console's chrome is left off paper). */
export function ReviewReportScreen({ id }: { id: string }) {
  const t = useTranslations('reviews.page');
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <style>{'@media print { .review-no-print, .ant-layout-sider, .ant-layout-header { display: none !important; } }'}</style>
      <Flex justify="space-between" align="center" className="review-no-print">
        <Link href="/reviews">{t('back')}</Link>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-review">
          {t('print')}
        </Button>
      </Flex>
      <ReviewReport id={id} headingLevel={1} />
    </Flex>
  );
}
