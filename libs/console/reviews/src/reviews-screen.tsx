'use client';

import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Form, Input, List, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type JourneyReviewsQuery as ReviewsData, type WorkspaceDigestsQuery as DigestsData } from '@opencx/console-graphql';
import { useReadOnly, useRole } from '@opencx/console-shell';
import { CreateJourneyReviewMutation, GenerateWorkspaceDigestMutation, JourneyReviewsQuery, WorkspaceDigestsQuery } from './documents/reviews.documents';

type Review = ReviewsData['journeyReviews'][number];
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
  const locale = useLocale();
  const readOnly = useReadOnly();
  const data = useGqlQuery(JourneyReviewsQuery);
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
        void data.refetch();
      },
    },
  );
  const start = (journeyId: string | null) => {
    form.resetFields();
    if (journeyId) form.setFieldsValue({ journeyId });
    setHolding(journeyId ?? '');
  };
  const open = data.data?.journeyReviews.find((r) => r.id === openId);
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
      {!readOnly && (
        <Button type="primary" style={{ width: 'fit-content' }} onClick={() => start(null)} data-testid="hold-review">
          {t('hold')}
        </Button>
      )}
      <Table<Review>
        rowKey="id"
        loading={data.loading}
        dataSource={data.data?.journeyReviews ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('columns.journey'), render: (_, r) => nameOf(r.journeyId) },
          { title: t('columns.period'), render: (_, r) => `${r.periodFrom} – ${r.periodTo}` },
          { title: t('columns.held'), render: (_, r) => format.dateTime(new Date(r.createdAt), { dateStyle: 'medium' }) },
          { title: t('columns.decisions'), render: (_, r) => r.decisions.length },
        ]}
      />
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
      <Drawer open={!!open} width={720} title={open ? t('reportTitle', { journey: nameOf(open.journeyId) }) : ''} onClose={() => setOpenId(null)}>
        {open && (
          <Flex vertical gap={16} data-testid="review-report">
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">{t('period', { from: open.periodFrom, to: open.periodTo })}</Typography.Text>
              <Button icon={<FilePdfOutlined />} href={`/api/reviews/${open.id}/pdf?locale=${locale}`} target="_blank">
                {t('pdf')}
              </Button>
            </Flex>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={open.kpis}
              columns={[
                { title: t('kpi.metric'), render: (_, k) => (locale === 'en' ? k.nameEn : k.nameZh) },
                { title: t('kpi.value'), render: (_, k) => (k.n ? f1(k.value) : '—') },
                { title: 'n', dataIndex: 'n' },
                { title: t('kpi.interval'), render: (_, k) => (k.n ? `${f1(k.low)}–${f1(k.high)}` : '—') },
                { title: t('kpi.target'), render: (_, k) => f1(k.target) },
                { title: t('kpi.status'), render: (_, k) => <Tag>{k.status}{k.lowSample && k.n > 0 ? ` · ${t('lowSample')}` : ''}</Tag> },
              ]}
            />
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('actions')}
            </Typography.Title>
            <List
              size="small"
              dataSource={open.actions}
              locale={{ emptyText: t('none') }}
              renderItem={(a) => (
                <List.Item>
                  {a.title} <Tag>{a.status}</Tag> {a.overdue && <Tag color="red">{t('overdue')}</Tag>}
                </List.Item>
              )}
            />
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('decisions')}
            </Typography.Title>
            <List size="small" dataSource={open.decisions} locale={{ emptyText: t('none') }} renderItem={(d) => <List.Item>{d}</List.Item>} />
            {open.notes && <Descriptions column={1} items={[{ key: 'notes', label: t('notes'), children: <Typography.Text>{open.notes}</Typography.Text> }]} />}
          </Flex>
        )}
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
