'use client';

import { useState } from 'react';
import { App, Button, Card, Empty, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type KpiAlertsQuery as KpiAlertsData } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { AcknowledgeAlertMutation, CheckKpiAlertsMutation, KpiAlertsQuery } from '../documents/feedback.documents';

type KpiAlert = KpiAlertsData['alerts']['nodes'][number];
type StatusFilter = 'OPEN' | 'RESOLVED';

const fig = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 10) / 10));
/** p-values: three significant digits, tiny ones as "< 0.001". */
const pText = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

/** KPI alerts: what dropped where, the figures that opened each alert, and acknowledging them. */
export function KpiAlerts() {
  const t = useTranslations('feedback.alerts');
  const format = useFormatter();
  const locale = useLocale();
  const readOnly = useReadOnly();
  const { message } = App.useApp();
  const [status, setStatus] = useState<StatusFilter>('OPEN');
  const [pages, setPages] = useState<KpiAlert[]>([]);
  /** The cursor after the pages loaded beyond the first (undefined: none loaded yet; null: no more). */
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const list = useGqlQuery(KpiAlertsQuery, { variables: { status, first: 50 } });
  const more = useGqlAction(async () => {
    const after = cursor === undefined ? list.data?.alerts.pageInfo.endCursor : cursor;
    if (!after) return;
    const next = await gqlRequest(KpiAlertsQuery, { status, first: 50, after });
    setPages((p) => [...p, ...next.alerts.nodes]);
    setCursor(next.alerts.pageInfo.hasNextPage ? next.alerts.pageInfo.endCursor : null);
  });
  const acknowledge = useGqlAction((alert: KpiAlert) => gqlRequest(AcknowledgeAlertMutation, { id: alert.id }), {
    key: (alert) => alert.id,
    success: t('acknowledged'),
    onSuccess: async () => {
      setPages([]);
      setCursor(undefined);
      await list.refetch();
    },
  });
  const checkNow = useGqlAction(() => gqlRequest(CheckKpiAlertsMutation), {
    onSuccess: async (r) => {
      void message.info(t('checked', { opened: r.checkKpiAlerts.opened, resolved: r.checkKpiAlerts.resolved }));
      setPages([]);
      setCursor(undefined);
      await list.refetch();
    },
  });
  const rows = [...(list.data?.alerts.nodes ?? []), ...pages];
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00`), { month: 'short', day: 'numeric' });

  return (
    <Card
      title={t('title')}
      extra={
        <Space>
          {readOnly ? null : (
            <Button size="small" loading={checkNow.busy} onClick={() => void checkNow.run()} data-testid="alerts-check">
              {t('check')}
            </Button>
          )}
          <Segmented<StatusFilter>
            value={status}
            onChange={(s) => {
              setStatus(s);
              setPages([]);
              setCursor(undefined);
            }}
            options={[
              { value: 'OPEN', label: t('open') },
              { value: 'RESOLVED', label: t('resolved') },
            ]}
            data-testid="alerts-status"
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Table<KpiAlert>
        rowKey="id"
        size="small"
        loading={list.loading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        data-testid="alerts-table"
        locale={{ emptyText: <Empty description={status === 'OPEN' ? t('emptyOpen') : t('emptyResolved')} /> }}
        onRow={(a) => ({ 'data-testid': 'alert-row', 'data-touchpoint-id': a.touchpointId, 'data-metric-key': a.metricKey }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'where',
            title: t('touchpoint'),
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <span>{a.touchpointName ?? t('deleted')}</span>
                <Typography.Text type="secondary">{a.journeyName ?? ''}</Typography.Text>
              </Space>
            ),
          },
          { key: 'metric', title: t('metric'), render: (_, a) => (locale === 'zh-CN' ? a.metricNameZh : a.metricNameEn) || a.metricKey },
          {
            key: 'value',
            title: t('value'),
            render: (_, a) => (
              <Tooltip title={t('interval', { low: fig(a.low), high: fig(a.high) })}>
                <span data-testid="alert-value" data-value={a.value}>
                  <Typography.Text type="danger" strong>
                    {fig(a.value)}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">{t('threshold', { threshold: fig(a.warningThreshold) })}</Typography.Text>
                </span>
              </Tooltip>
            ),
          },
          { key: 'n', title: 'n', render: (_, a) => <span data-testid="alert-n">{a.n}</span> },
          { key: 'before', title: t('before'), render: (_, a) => t('beforeValue', { value: fig(a.comparisonValue), n: a.comparisonN }) },
          {
            key: 'p',
            title: t('pValue'),
            render: (_, a) => (
              <Tooltip title={t(`method.${a.method}` as 'method.nps_z')}>
                <span data-testid="alert-p">{pText(a.pValue)}</span>
              </Tooltip>
            ),
          },
          { key: 'window', title: t('window'), render: (_, a) => `${day(a.windowFrom)} – ${day(a.windowTo)}` },
          {
            key: 'state',
            title: t('state'),
            render: (_, a) =>
              a.resolvedAt ? (
                <Tag color="success">{t('resolvedAt', { when: format.dateTime(new Date(a.resolvedAt), { dateStyle: 'medium' }), value: fig(a.resolvedValue) })}</Tag>
              ) : a.acknowledgedAt ? (
                <Tag>{t('acknowledgedTag')}</Tag>
              ) : readOnly ? (
                <Tag color="error">{t('openTag')}</Tag>
              ) : (
                <Button size="small" loading={acknowledge.busyKey === a.id} onClick={() => void acknowledge.run(a)} data-testid="alert-acknowledge">
                  {t('acknowledge')}
                </Button>
              ),
          },
        ]}
      />
      {(cursor === undefined ? list.data?.alerts.pageInfo.hasNextPage : cursor !== null) ? (
        <Button style={{ marginTop: 12 }} loading={more.busy} onClick={() => void more.run()}>
          {t('loadMore')}
        </Button>
      ) : null}
    </Card>
  );
}
