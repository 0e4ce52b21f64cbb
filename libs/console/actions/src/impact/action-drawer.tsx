'use client';

import { useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Input, List, Skeleton, Tag, Typography } from 'antd';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { ActionCommentsQuery, ActionImpactQuery, AddActionCommentMutation } from '../documents/actions.documents';
import { LineageView } from '../lineage/lineage-view';
import type { ActionPriority, ActionStatus } from '@opencx/domain';
import type { ImpactChartProps } from './impact-chart';

// ECharts (core + the two series used) loads only when a drawer shows a chart.
const ImpactChart = dynamic<ImpactChartProps>(() => import('./impact-chart'), { ssr: false, loading: () => <Skeleton.Node active style={{ width: '100%', height: 260 }} /> });

const VERDICT_COLORS: Record<string, string> = { improved: 'green', worsened: 'red', no_significant_change: 'default', not_enough_data: 'gold' };

export interface DrawerAction {
  id: string;
  title: string;
  description: string;
  status: ActionStatus;
  priority: ActionPriority;
  effort: number;
  dueDate?: string | null;
  owner?: string | null;
  team?: string | null;
  targetMetricId?: string | null;
}

/** One action: its fields, the measured impact with the chart, its lineage and comments (`onCommented`: the lists refresh their counts). */
export function ActionDrawer({ action, readOnly, onClose, onCommented }: { action: DrawerAction | null; readOnly: boolean; onClose: () => void; onCommented?: () => void }) {
  const t = useTranslations('actions');
  const format = useFormatter();
  const id = action?.id ?? '';
  const impact = useGqlQuery(ActionImpactQuery, { variables: { id }, skip: !action?.targetMetricId, reportErrors: false });
  const comments = useGqlQuery(ActionCommentsQuery, { variables: { actionId: id }, skip: !action });
  const [body, setBody] = useState('');
  const addComment = useGqlAction((text: string) => gqlRequest(AddActionCommentMutation, { input: { actionId: id, body: text } }), {
    onSuccess: () => {
      setBody('');
      void comments.refetch();
      onCommented?.();
    },
  });
  const data = impact.data?.actionImpact;
  const unit = data?.figure === 'share' ? '%' : '';
  const labels = useMemo(() => ({ before: t('impact.before'), after: t('impact.after'), treated: t('impact.treated'), control: t('impact.control') }), [t]);
  const treated = useMemo(() => [data?.treatedBefore ?? null, data?.treatedAfter ?? null] as ImpactChartProps['treated'], [data]);
  const control = useMemo(() => [data?.controlBefore ?? null, data?.controlAfter ?? null] as ImpactChartProps['control'], [data]);
  const headline = data?.differenceInDifferences ?? data?.beforeAfter;

  return (
    <Drawer open={!!action} onClose={onClose} title={action?.title} size="large" data-testid="action-drawer">
      {action ? (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={2} items={[
            { key: 'status', label: t('fields.status'), children: <Tag data-testid="drawer-status">{t(`status.${action.status}`)}</Tag> },
            { key: 'priority', label: t('fields.priority'), children: t(`priority.${action.priority}`) },
            { key: 'effort', label: t('fields.effort'), children: action.effort },
            { key: 'due', label: t('fields.due'), children: action.dueDate ?? '—' },
            { key: 'owner', label: t('fields.owner'), children: action.owner ?? '—' },
            { key: 'team', label: t('fields.team'), children: action.team ?? '—' },
          ]} />
          {action.description ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{action.description}</Typography.Paragraph> : null}

          <section aria-labelledby="impact-heading">
            <Typography.Title level={3} id="impact-heading" style={{ fontSize: 16 }}>
              {t('impact.title')}
            </Typography.Title>
            {!action.targetMetricId ? (
              <Alert type="info" title={t('impact.noMetric')} />
            ) : !data ? (
              <Skeleton active />
            ) : (
              <Flex vertical gap={8}>
                <Flex gap={8} wrap align="center">
                  <Tag color={VERDICT_COLORS[data.verdict]} data-testid="impact-verdict" data-verdict={data.verdict}>
                    {t(`verdict.${data.verdict}`)}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('impact.method', { method: t(`method.${data.method}`), n: data.n })}
                  </Typography.Text>
                </Flex>
                {headline && headline.difference != null && headline.low != null && headline.high != null ? (
                  <Typography.Text data-testid="impact-difference">
                    {t('impact.difference', { value: format.number(headline.difference, { maximumFractionDigits: 1 }), low: format.number(headline.low, { maximumFractionDigits: 1 }), high: format.number(headline.high, { maximumFractionDigits: 1 }), unit })}
                  </Typography.Text>
                ) : null}
                {data.beforeFrom ? (
                  <Typography.Text type="secondary">{t('impact.windows', { beforeFrom: data.beforeFrom, beforeTo: data.beforeTo ?? '', afterFrom: data.afterFrom ?? '', afterTo: data.afterTo ?? '' })}</Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('impact.notDone')}</Typography.Text>
                )}
                <ImpactChart labels={labels} treated={treated} control={control} unit={unit} />
              </Flex>
            )}
          </section>

          <LineageView of={{ actionId: action.id }} />

          <section aria-labelledby="comments-heading">
            <Typography.Title level={3} id="comments-heading" style={{ fontSize: 16 }}>
              {t('comments.title')}
            </Typography.Title>
            {comments.data?.actionComments.length ? (
              <List
                size="small"
                dataSource={comments.data.actionComments}
                renderItem={(c) => (
                  <List.Item key={c.id}>
                    <Flex vertical>
                      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Text>
                      <Typography.Text type="secondary">{format.dateTime(new Date(c.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('comments.empty')} />
            )}
            {!readOnly ? (
              <Flex gap={8} style={{ marginTop: 8 }}>
                <Input.TextArea aria-label={t('comments.add')} value={body} onChange={(e) => setBody(e.target.value)} maxLength={4000} autoSize={{ minRows: 1, maxRows: 4 }} />
                <Button onClick={() => body.trim() && void addComment.run(body.trim())} loading={addComment.busy}>
                  {t('comments.add')}
                </Button>
              </Flex>
            ) : null}
          </section>
        </Flex>
      ) : null}
    </Drawer>
  );
}
