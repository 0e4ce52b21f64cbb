'use client';

import { useMemo, useState } from 'react';
import { Flex, Form, Input, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { ACTION_STATUSES, type ActionStatus } from '@opencx/domain';
import { gqlRequest, useGqlAction, useGqlQuery, type ImprovementActionsQuery as ActionsData } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { ActionPeopleQuery, ImprovementActionsQuery, MoveImprovementActionMutation } from './documents/actions.documents';
import { ActionBoard } from './board/action-board';
import { dueFilter, needsReason, type DueFilter } from './board/board-rules';
import { ActionDrawer } from './impact/action-drawer';
import { ActionCommentCount } from './board/action-comment-count';

type Action = ActionsData['improvementActions']['nodes'][number];

const today = () => new Date().toISOString().slice(0, 10);

/** /actions: the improvement actions as a board by status (drag to move) and as a filtered table; a drawer per action. */
export function ActionTracker() {
  const t = useTranslations('actions');
  const locale = useLocale();
  const readOnly = useReadOnly();
  const [owner, setOwner] = useState<string>();
  const [team, setTeam] = useState<string>();
  const [statuses, setStatuses] = useState<ActionStatus[]>([]);
  const [due, setDue] = useState<DueFilter>('any');
  const [openId, setOpenId] = useState<string | null>(null);
  const [dropping, setDropping] = useState<Action | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const filter = useMemo(() => ({ ownerUserId: owner, teamId: team, statuses: statuses.length ? statuses : undefined, ...dueFilter(due, today()) }), [owner, team, statuses, due]);
  const list = useGqlQuery(ImprovementActionsQuery, { variables: { filter, first: 500 } });
  const people = useGqlQuery(ActionPeopleQuery);
  const names = useMemo(() => new Map((people.data?.members ?? []).map((m) => [m.userId, m.displayName])), [people.data]);
  const teams = useMemo(() => new Map((people.data?.teams ?? []).map((x) => [x.id, x.name])), [people.data]);
  const actions = list.data?.improvementActions.nodes ?? [];
  const open = actions.find((a) => a.id === openId) ?? null;

  const move = useGqlAction(
    (action: Action, status: ActionStatus, reason: string | undefined) => gqlRequest(MoveImprovementActionMutation, { input: { id: action.id, version: action.version, status, reason } }),
    { success: (_, __, status) => t('moved', { status: t(`status.${status}`) }), onSuccess: () => void list.refetch() },
  );
  const onMove = (id: string, to: ActionStatus) => {
    const action = actions.find((a) => a.id === id);
    if (!action) return;
    if (needsReason(to)) {
      form.resetFields();
      setDropping(action);
    } else void move.run(action, to, undefined);
  };

  const metricName = (id: string | null | undefined) => {
    const m = people.data?.metricDefinitions.find((d) => d.id === id);
    return m ? (locale.startsWith('zh') ? m.nameZh : m.nameEn) : null;
  };

  const filters = (
    <Flex gap={8} wrap data-testid="action-filters">
      <Select allowClear placeholder={t('filters.owner')} aria-label={t('filters.owner')} style={{ minWidth: 160 }} value={owner} onChange={setOwner} options={(people.data?.members ?? []).map((m) => ({ value: m.userId, label: m.displayName }))} />
      <Select allowClear placeholder={t('filters.team')} aria-label={t('filters.team')} style={{ minWidth: 160 }} value={team} onChange={setTeam} options={(people.data?.teams ?? []).map((x) => ({ value: x.id, label: x.name }))} />
      <Select mode="multiple" allowClear placeholder={t('filters.status')} aria-label={t('filters.status')} style={{ minWidth: 220 }} value={statuses} onChange={setStatuses} options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      <Select aria-label={t('filters.due')} style={{ minWidth: 160 }} value={due} onChange={setDue} options={(['any', 'overdue', 'week'] as const).map((d) => ({ value: d, label: t(`filters.dueOptions.${d}`) }))} />
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      {filters}
      <Tabs
        items={[
          {
            key: 'board',
            label: t('tabs.board'),
            children: <ActionBoard actions={actions.map((a) => ({ ...a, owner: a.ownerUserId ? names.get(a.ownerUserId) : null }))} readOnly={readOnly || move.busy} onOpen={setOpenId} onMove={onMove} />,
          },
          {
            key: 'table',
            label: t('tabs.table'),
            children: (
              <Table<Action>
                rowKey="id"
                size="small"
                loading={list.loading}
                dataSource={actions}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                onRow={(a) => ({ onClick: () => setOpenId(a.id), style: { cursor: 'pointer' } })}
                columns={[
                  { key: 'title', title: t('fields.title'), dataIndex: 'title', sorter: (x, y) => x.title.localeCompare(y.title) },
                  { key: 'status', title: t('fields.status'), render: (_, a) => <Tag>{t(`status.${a.status}`)}</Tag> },
                  { key: 'owner', title: t('fields.owner'), render: (_, a) => (a.ownerUserId ? (names.get(a.ownerUserId) ?? '—') : '—') },
                  { key: 'team', title: t('fields.team'), render: (_, a) => (a.teamId ? (teams.get(a.teamId) ?? '—') : '—') },
                  { key: 'priority', title: t('fields.priority'), render: (_, a) => t(`priority.${a.priority}`) },
                  { key: 'effort', title: t('fields.effort'), dataIndex: 'effort', sorter: (x, y) => x.effort - y.effort },
                  {
                    key: 'due',
                    title: t('fields.due'),
                    sorter: (x, y) => (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999'),
                    render: (_, a) => (a.dueDate ? <Tag color={a.overdue ? 'red' : undefined}>{a.overdue ? t('overdueOn', { date: a.dueDate }) : a.dueDate}</Tag> : '—'),
                  },
                  { key: 'metric', title: t('fields.metric'), render: (_, a) => metricName(a.targetMetricId) ?? '—' },
                  { key: 'impact', title: t('fields.impact'), render: (_, a) => (a.impactVerdict ? t(`verdict.${a.impactVerdict}`) : '—') },
                  { key: 'comments', title: t('comments.title'), render: (_, a) => <ActionCommentCount count={a.commentCount} /> },
                ]}
              />
            ),
          },
        ]}
      />
      <ActionDrawer
        action={open && { ...open, owner: open.ownerUserId ? names.get(open.ownerUserId) : null, team: open.teamId ? teams.get(open.teamId) : null }}
        readOnly={readOnly}
        onClose={() => setOpenId(null)}
        onCommented={() => void list.refetch()}
      />
      <Modal
        open={!!dropping}
        title={t('drop.title')}
        okText={t('drop.confirm')}
        cancelText={t('drop.cancel')}
        onCancel={() => setDropping(null)}
        onOk={async () => {
          const { reason } = await form.validateFields();
          if (dropping && (await move.run(dropping, 'dropped', reason.trim()))) setDropping(null);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('drop.reason')} rules={[{ required: true, whitespace: true, message: t('drop.reasonRequired') }]}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
