'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Alert, Button, Drawer, Empty, Flex, Form, Input, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type JourneyReviewsQuery as ReviewsData, type WorkspaceDigestsQuery as DigestsData } from '@opencx/console-graphql';
import { useReadOnly, useRole } from '@opencx/console-shell';
import { CreateJourneyReviewMutation, GenerateWorkspaceDigestMutation, JourneyReviewsQuery, WorkspaceDigestsQuery } from './documents/reviews.documents';
import { ReviewReport } from './review-report';
import { ReviewCadence } from './review-cadence';

type Review = ReviewsData['journeyReviews']['nodes'][number];
const PAGE_SIZE = 20;
type Digest = DigestsData['workspaceDigests'][number];
const f1 = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));

/** /reviews: journey reviews (due, held, the review report and PDF) and the monthly workspace digests. */
export function ReviewsScreen() {
  const t = useTranslations('reviews');
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        items={[
          { key: 'reviews', label: t('tabs.reviews'), children: <JourneyReviews /> },
          { key: 'digests', label: t('tabs.digests'), children: <Digests /> },
        ]}
      />
    </Flex>
  );
}

function JourneyReviews() {
  const t = useTranslations('reviews');
  const format = useFormatter();
  const readOnly = useReadOnly();
  // Keyset pages: the cursors of the pages before this one (null = the first page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const data = useGqlQuery(JourneyReviewsQuery, { variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1] } });
  const pageInfo = data.data?.journeyReviews.pageInfo;
  const [holding, setHolding] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form] = Form.useForm<{ journeyId: string; decisions: string; notes: string }>();
  const journeys = data.data?.journeys.nodes ?? [];
  const nameOf = (id: string) => journeys.find((j) => j.id === id)?.name ?? id;
  const hold = useGqlAction(
    (v: { journeyId: string; decisions?: string; notes?: string }) =>
      gqlRequest(CreateJourneyReviewMutation, { input: { journeyId: v.journeyId, decisions: (v.decisions ?? '').split('\n').map((d) => d.trim()).filter(Boolean), notes: v.notes ?? '' } }),
    {
      form,
      success: t('held'),
      onSuccess: ({ createJourneyReview }) => {
        setHolding(null);
        setOpenId(createJourneyReview.id);
        if (cursors.length > 1) setCursors([null]);
        else void data.refetch();
      },
    },
  );
  const start = (journeyId: string | null) => {
    form.resetFields();
    if (journeyId) form.setFieldsValue({ journeyId });
    setHolding(journeyId ?? '');
  };
  const open = data.data?.journeyReviews.nodes.find((r) => r.id === openId);
  return (
    <Flex vertical gap={12}>
      {(data.data?.journeyReviewsDue ?? []).map((d) => (
        <Alert
          key={`${d.journeyId}:${d.dueOn}`}
          type="warning"
          showIcon
          message={t('due', { journey: nameOf(d.journeyId), date: d.dueOn })}
          action={
            !readOnly && (
              <Button size="small" onClick={() => start(d.journeyId)}>
                {t('hold')}
              </Button>
            )
          }
          data-testid="review-due"
        />
      ))}
      <ReviewCadence journeys={journeys} readOnly={readOnly} />
      {!readOnly && (
        <Button type="primary" style={{ width: 'fit-content' }} onClick={() => start(null)} data-testid="hold-review">
          {t('hold')}
        </Button>
      )}
      <Table<Review>
        rowKey="id"
        loading={data.loading}
        dataSource={data.data?.journeyReviews.nodes ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('columns.journey'), render: (_, r) => nameOf(r.journeyId) },
          { title: t('columns.period'), render: (_, r) => `${r.periodFrom} – ${r.periodTo}` },
          { title: t('columns.held'), render: (_, r) => format.dateTime(new Date(r.createdAt), { dateStyle: 'medium' }) },
          { title: t('columns.decisions'), render: (_, r) => r.decisions.length },
          {
            title: t('columns.report'),
            render: (_, r) => (
              <Link href={`/reviews/${r.id}`} onClick={(e) => e.stopPropagation()} data-testid="review-page-link">
                {t('openPage')}
              </Link>
            ),
          },
        ]}
      />
      {(cursors.length > 1 || pageInfo?.hasNextPage) && (
        <Flex gap={8} data-testid="review-pager">
          <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('previous')}
          </Button>
          <Button disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor} onClick={() => pageInfo?.endCursor && setCursors((c) => [...c, pageInfo.endCursor ?? null])}>
            {t('next')}
          </Button>
        </Flex>
      )}
      <Modal open={holding !== null} title={t('hold')} onCancel={() => setHolding(null)} onOk={() => form.submit()} okText={t('save')} confirmLoading={hold.busy} forceRender destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('holdHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => void hold.run(v)}>
          <Form.Item name="journeyId" label={t('columns.journey')} rules={[{ required: true, message: t('journeyRequired') }]}>
            <Select showSearch optionFilterProp="label" options={journeys.map((j) => ({ value: j.id, label: j.name }))} />
          </Form.Item>
          <Form.Item name="decisions" label={t('decisions')} tooltip={t('decisionsHint')}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Form.Item name="notes" label={t('notes')}>
            <Input.TextArea rows={3} maxLength={8000} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer open={!!openId} width={720} title={open ? t('reportTitle', { journey: nameOf(open.journeyId) }) : ''} onClose={() => setOpenId(null)}
        extra={openId ? <Link href={`/reviews/${openId}`} data-testid="review-drawer-page-link">{t('openPage')}</Link> : null}>
        {openId && <ReviewReport id={openId} titled={false} />}
      </Drawer>
    </Flex>
  );
}

function Digests() {
  const t = useTranslations('reviews.digest');
  const locale = useLocale();
  const role = useRole();
  const isAdmin = role === 'admin' || role === 'owner';
  const data = useGqlQuery(WorkspaceDigestsQuery);
  const lastMonth = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 15).toISOString().slice(0, 7);
  const make = useGqlAction(() => gqlRequest(GenerateWorkspaceDigestMutation, { month: lastMonth }), { success: t('made', { month: lastMonth }), onSuccess: () => void data.refetch() });
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      {isAdmin && (
        <Button style={{ width: 'fit-content' }} loading={make.busy} onClick={() => void make.run()}>
          {t('make', { month: lastMonth })}
        </Button>
      )}
      <Table<Digest>
        rowKey="id"
        loading={data.loading}
        dataSource={data.data?.workspaceDigests ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        expandable={{
          expandedRowRender: (d) => (
            <Table
              size="small"
              rowKey={(i) => `${i.journeyId}:${i.metricKey}`}
              pagination={false}
              dataSource={d.items}
              columns={[
                { title: t('journey'), dataIndex: 'journeyName' },
                { title: t('metric'), render: (_, i) => (locale === 'en' ? i.nameEn : i.nameZh) },
                { title: t('before'), render: (_, i) => (i.before.n ? `${f1(i.before.value)} (n ${i.before.n})` : '—') },
                { title: t('after'), render: (_, i) => (i.after.n ? `${f1(i.after.value)} (n ${i.after.n})` : '—') },
                {
                  title: t('change'),
                  render: (_, i) =>
                    i.change ? (
                      <Tag color={i.change.significant ? (i.change.difference > 0 ? 'green' : 'red') : 'default'}>
                        {`${i.change.difference >= 0 ? '+' : ''}${f1(i.change.difference)} (${f1(i.change.low)}–${f1(i.change.high)})`} · {i.change.significant ? t('significant') : t('notSignificant')}
                      </Tag>
                    ) : (
                      t('untested')
                    ),
                },
                { title: t('actions'), render: (_, i) => i.actions.map((a) => a.title).join('；') || '—' },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('month'), dataIndex: 'month' },
          { title: t('items'), render: (_, d) => d.items.length },
          { title: t('significantCount'), render: (_, d) => d.items.filter((i) => i.change?.significant).length },
          {
            title: t('pdf'),
            render: (_, d) => (
              <Button size="small" icon={<FilePdfOutlined />} href={`/api/reviews/digests/${d.id}/pdf?locale=${locale}`} target="_blank">
                PDF
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
