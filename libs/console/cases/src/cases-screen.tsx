'use client';

import { useState } from 'react';
import { Button, Checkbox, Drawer, Empty, Flex, Form, Input, List, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type FollowUpCasesQuery as CasesData } from '@opencx/console-graphql';
import { useReadOnly, useRole } from '@opencx/console-shell';
import { AddCaseNoteMutation, CreateRootCauseCodeMutation, FollowUpCaseQuery, FollowUpCasesQuery, UpdateFollowUpCaseMutation } from './documents/cases.documents';
import { countdownParts } from './sla-countdown';
import { BulkAssign } from './bulk-assign';
import { CaseResurvey } from './case-resurvey';
import { LoopMetrics } from './loop-metrics';
import { CustomerHistory } from './customer-history';
import { ContactAttempts } from './contact-attempts';
import { LineageView } from '@opencx/console-actions';

type Row = CasesData['followUpCases']['nodes'][number];
type Scope = 'MINE' | 'TEAM' | 'ALL';
const STATUS_COLORS = { OPEN: 'blue', CONTACTED: 'gold', RESOLVED: 'green', CLOSED: 'default' } as const;

/** Minutes left as the SLA counts them; overdue in red. */
function Countdown({ minutesLeft }: { minutesLeft: number | null | undefined }) {
  const t = useTranslations('cases');
  if (minutesLeft === null || minutesLeft === undefined) return <>—</>;
  const { overdue, hours, minutes } = countdownParts(minutesLeft);
  return overdue ? (
    <Tag color="red" data-testid="sla-countdown">
      {t('overdueBy', { hours, minutes })}
    </Tag>
  ) : (
    <span data-testid="sla-countdown">{t('left', { hours, minutes })}</span>
  );
}

/** /cases: the follow-up case queue and the case drawer. */
export function CasesScreen() {
  const t = useTranslations('cases');
  const format = useFormatter();
  const [scope, setScope] = useState<Scope>('ALL');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const readOnly = useReadOnly();
  const cases = useGqlQuery(FollowUpCasesQuery, { variables: { filter: { scope, overdue: overdueOnly || undefined }, first: 100 } });
  const refresh = () => {
    void cases.refetch();
    setVersion((v) => v + 1);
  };
  const rows = cases.data?.followUpCases.nodes ?? [];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
        {t('title')}
      </Typography.Title>
      <Space wrap>
        <Segmented<Scope>
          aria-label={t('scope.label')}
          value={scope}
          onChange={setScope}
          options={(['MINE', 'TEAM', 'ALL'] as const).map((s) => ({ value: s, label: t(`scope.${s}`) }))}
        />
        <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
          {t('overdueOnly')}
        </Checkbox>
      </Space>
      <LoopMetrics version={version} />
      {!readOnly && selected.length > 0 && (
        <BulkAssign
          caseIds={selected}
          onDone={() => {
            setSelected([]);
            refresh();
          }}
        />
      )}
      <Table<Row>
        rowKey="id"
        rowSelection={readOnly ? undefined : { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        loading={cases.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        rowClassName={(r) => (r.overdue ? 'case-overdue' : '')}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer', background: r.overdue ? '#fff1f0' : undefined } })}
        columns={[
          { title: t('columns.opened'), dataIndex: 'openedAt', render: (v: string) => format.dateTime(new Date(v), { dateStyle: 'short', timeStyle: 'short' }) },
          { title: t('columns.rule'), dataIndex: 'ruleName' },
          { title: t('columns.score'), render: (_, r) => (r.nps !== null && r.nps !== undefined ? `NPS ${r.nps}` : r.csat !== null && r.csat !== undefined ? `CSAT ${r.csat}` : '—') },
          { title: t('columns.comment'), dataIndex: 'comment', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: t('columns.status'), dataIndex: 'status', render: (s: Row['status']) => <Tag color={STATUS_COLORS[s]}>{t(`status.${s}`)}</Tag> },
          { title: t('columns.sla'), render: (_, r) => <Countdown minutesLeft={r.minutesLeft} /> },
          {
            title: t('columns.open'),
            render: (_, r) => (
              <Button size="small" onClick={() => setOpenId(r.id)} aria-label={t('openCase', { rule: r.ruleName })}>
                {t('columns.open')}
              </Button>
            ),
          },
        ]}
      />
      {openId && <CaseDrawer id={openId} onClose={() => setOpenId(null)} onChanged={refresh} />}
    </Flex>
  );
}

function CaseDrawer({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const t = useTranslations('cases');
  const format = useFormatter();
  const readOnly = useReadOnly();
  const role = useRole();
  const isAdmin = role === 'admin' || role === 'owner';
  const detail = useGqlQuery(FollowUpCaseQuery, { variables: { id } });
  const [causeForm] = Form.useForm<{ code: string; label: string }>();
  const addCause = useGqlAction((v: { code: string; label: string }) => gqlRequest(CreateRootCauseCodeMutation, { input: { code: v.code.trim(), label: v.label.trim() } }), {
    form: causeForm,
    success: t('rootCauseAdded'),
    onSuccess: ({ createRootCauseCode }) => {
      causeForm.resetFields();
      setRootCause(createRootCauseCode.id);
      void detail.refetch();
    },
  });
  const [rootCause, setRootCause] = useState<string | undefined>();
  const [noteForm] = Form.useForm<{ body: string }>();
  const refresh = () => {
    void detail.refetch();
    onChanged();
  };
  const move = useGqlAction(
    (status: 'CONTACTED' | 'RESOLVED' | 'CLOSED') => gqlRequest(UpdateFollowUpCaseMutation, { input: { id, status, ...(status === 'RESOLVED' ? { rootCauseCodeId: rootCause ?? null } : {}) } }),
    { success: t('saved'), onSuccess: refresh },
  );
  const note = useGqlAction((body: string) => gqlRequest(AddCaseNoteMutation, { input: { caseId: id, body } }), {
    form: noteForm,
    success: t('noteAdded'),
    onSuccess: () => {
      noteForm.resetFields();
      refresh();
    },
  });
  const c = detail.data?.followUpCase;
  const codes = detail.data?.rootCauseCodes ?? [];
  const active = c?.status === 'OPEN' || c?.status === 'CONTACTED';
  return (
    <Drawer open title={t('detailTitle')} onClose={onClose} width={520}>
      {c && (
        <Flex vertical gap={12}>
          <Space wrap>
            <Tag color={STATUS_COLORS[c.status]}>{t(`status.${c.status}`)}</Tag>
            <Countdown minutesLeft={c.minutesLeft} />
            <Typography.Text type="secondary">{t('due', { due: format.dateTime(new Date(c.dueAt), { dateStyle: 'medium', timeStyle: 'short' }) })}</Typography.Text>
          </Space>
          <Typography.Text strong>{c.ruleName}</Typography.Text>
          {/* A customer's words are text, never markup. */}
          <Typography.Paragraph>{c.comment ?? t('noComment')}</Typography.Paragraph>
          {!readOnly && active && (
            <Flex vertical gap={8}>
              {c.status === 'OPEN' && (
                <Button onClick={() => void move.run('CONTACTED')} loading={move.busy}>
                  {t('markContacted')}
                </Button>
              )}
              {c.status === 'CONTACTED' && (
                <Space.Compact block>
                  <Select
                    aria-label={t('rootCause')}
                    placeholder={t('rootCause')}
                    style={{ minWidth: 240 }}
                    value={rootCause}
                    onChange={setRootCause}
                    options={codes.map((r) => ({ value: r.id, label: `${r.code} · ${r.label}` }))}
                  />
                  <Button type="primary" disabled={!rootCause} onClick={() => void move.run('RESOLVED')} loading={move.busy}>
                    {t('resolve')}
                  </Button>
                </Space.Compact>
              )}
              {c.status === 'CONTACTED' && isAdmin && (
                <Form form={causeForm} layout="inline" onFinish={(v) => void addCause.run(v)} data-testid="new-root-cause">
                  <Form.Item name="code" label={t('rootCauseCode')} rules={[{ required: true, message: t('rootCauseCode') }]}>
                    <Input maxLength={60} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name="label" label={t('rootCauseLabel')} rules={[{ required: true, message: t('rootCauseLabel') }]}>
                    <Input maxLength={200} style={{ width: 140 }} />
                  </Form.Item>
                  <Button htmlType="submit" loading={addCause.busy}>
                    {t('addRootCause')}
                  </Button>
                </Form>
              )}
              <Button danger onClick={() => void move.run('CLOSED')} loading={move.busy}>
                {t('close')}
              </Button>
            </Flex>
          )}
          {c.status === 'RESOLVED' && <CaseResurvey caseId={c.id} state={c} canSend={!readOnly} onChanged={refresh} />}
          <CustomerHistory cases={c.customerHistory} />
          <ContactAttempts caseId={c.id} notes={c.notes} canRecord={!readOnly && active} onRecorded={refresh} />
          <LineageView of={{ caseId: c.id }} />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('notes')}
          </Typography.Title>
          <List
            size="small"
            dataSource={c.notes.filter((n) => n.kind !== 'CONTACT_ATTEMPT')}
            locale={{ emptyText: t('noNotes') }}
            renderItem={(n) => (
              <List.Item>
                <Typography.Text type="secondary">{format.dateTime(new Date(n.createdAt), { dateStyle: 'short', timeStyle: 'short' })}</Typography.Text> {n.body}
              </List.Item>
            )}
          />
          {!readOnly && (
            <Form form={noteForm} layout="vertical" onFinish={(v) => void note.run(v.body)}>
              <Form.Item name="body" label={t('addNote')} rules={[{ required: true, message: t('noteRequired') }]}>
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
              <Button htmlType="submit" loading={note.busy}>
                {t('addNote')}
              </Button>
            </Form>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
