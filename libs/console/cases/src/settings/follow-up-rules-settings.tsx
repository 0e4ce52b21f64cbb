'use client';

import { useState } from 'react';
import { Button, Flex, Form, Input, InputNumber, Modal, Popconfirm, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type FollowUpRulesQuery as RulesData } from '@opencx/console-graphql';
import { useRole } from '@opencx/console-shell';
import { CreateFollowUpRuleMutation, DeleteFollowUpRuleMutation, FollowUpRulesQuery, UpdateFollowUpRuleMutation } from '../documents/follow-up-settings.documents';
import { conditionOf, rowsOf, type ConditionJoin, type ConditionRow } from './rule-condition';

type Rule = RulesData['followUpRules'][number];
const OPS = ['lte', 'lt', 'eq', 'neq', 'gte', 'gt'] as const;
const SURVEY = new Set(['nps', 'csat', 'ces']);

interface RuleForm {
  name: string;
  join: ConditionJoin;
  rows: ConditionRow[];
  topics: string[];
  keywords: string[];
  slaHours?: number | null;
  slaBasis: 'BUSINESS' | 'ELAPSED';
  assigneeUserId?: string | null;
  assigneeTeamId?: string | null;
  escalateToUserId?: string | null;
}

/** Settings → follow-up rules: which answers or operational breaches open a case, its SLA and who gets it. Admins edit; everyone reads. */
export function FollowUpRulesSettings() {
  const t = useTranslations('cases.rules');
  const locale = useLocale();
  const role = useRole();
  const isAdmin = role === 'admin' || role === 'owner';
  const data = useGqlQuery(FollowUpRulesQuery);
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [form] = Form.useForm<RuleForm>();
  const metrics = data.data?.metricDefinitions ?? [];
  const metricName = (key: string) => {
    const m = metrics.find((d) => d.key === key);
    return m ? (locale === 'en' ? m.nameEn : m.nameZh) : key;
  };
  const people = (data.data?.members ?? []).map((m) => ({ value: m.userId, label: m.displayName || m.email }));
  const teams = (data.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }));

  const save = useGqlAction(
    async (v: RuleForm): Promise<unknown> => {
      const body = {
        name: v.name.trim(),
        // A condition deeper than the builder shows (a hand-written one) is kept as it is.
        ...(editing && editing !== 'new' && !rowsOf(editing.condition) ? {} : { condition: conditionOf(v.rows ?? [], v.join) }),
        topics: v.topics ?? [],
        keywords: v.keywords ?? [],
        slaMinutes: v.slaHours ? Math.round(v.slaHours * 60) : null,
        slaBasis: v.slaBasis,
        assigneeUserId: v.assigneeUserId ?? null,
        assigneeTeamId: v.assigneeTeamId ?? null,
        escalateToUserId: v.escalateToUserId ?? null,
      };
      return editing && editing !== 'new' ? gqlRequest(UpdateFollowUpRuleMutation, { input: { id: editing.id, ...body } }) : gqlRequest(CreateFollowUpRuleMutation, { input: body });
    },
    {
      form,
      aliases: { slaMinutes: 'slaHours', condition: 'rows' },
      success: t('saved'),
      onSuccess: () => {
        setEditing(null);
        void data.refetch();
      },
    },
  );
  const toggle = useGqlAction((id: string, enabled: boolean) => gqlRequest(UpdateFollowUpRuleMutation, { input: { id, enabled } }), { key: (id) => id, onSuccess: () => void data.refetch() });
  const remove = useGqlAction((id: string) => gqlRequest(DeleteFollowUpRuleMutation, { id }), { success: t('deleted'), onSuccess: () => void data.refetch() });

  const open = (rule: Rule | 'new') => {
    const parsed = rule === 'new' ? { rows: [{ metric: 'nps', op: 'lte' as const, value: 6 }], join: 'all' as const } : rowsOf(rule.condition);
    form.resetFields();
    form.setFieldsValue(
      rule === 'new'
        ? { name: '', ...parsed, topics: [], keywords: [], slaHours: 24, slaBasis: 'BUSINESS' }
        : { name: rule.name, ...(parsed ?? { rows: [], join: 'all' }), topics: rule.topics, keywords: rule.keywords, slaHours: rule.slaMinutes ? rule.slaMinutes / 60 : null, slaBasis: rule.slaBasis, assigneeUserId: rule.assigneeUserId, assigneeTeamId: rule.assigneeTeamId, escalateToUserId: rule.escalateToUserId },
    );
    setEditing(rule);
  };

  const describe = (r: Rule) => {
    const parsed = rowsOf(r.condition);
    const parts = parsed ? parsed.rows.map((c) => `${metricName(c.metric)} ${t(`ops.${c.op}`)} ${c.value}`) : [t('complexCondition')];
    const joined = parts.join(parsed?.join === 'any' ? t('or') : t('and'));
    const words = [...r.topics.map((x) => `#${x}`), ...r.keywords.map((x) => `“${x}”`)].join(' ');
    return [joined, words].filter(Boolean).join(' · ') || t('everyAnswer');
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="new-follow-up-rule">
            {t('new')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Table<Rule>
        rowKey="id"
        loading={data.loading}
        dataSource={data.data?.followUpRules ?? []}
        pagination={false}
        data-testid="follow-up-rules-table"
        columns={[
          { title: t('name'), dataIndex: 'name' },
          { title: t('when'), render: (_, r) => describe(r) },
          {
            title: t('sla'),
            render: (_, r) => (r.slaMinutes ? t('slaValue', { hours: +(r.slaMinutes / 60).toFixed(2), basis: t(`basis.${r.slaBasis}`) }) : t('slaDefault')),
          },
          {
            title: t('assignee'),
            render: (_, r) => [people.find((p) => p.value === r.assigneeUserId)?.label, teams.find((x) => x.value === r.assigneeTeamId)?.label].filter(Boolean).join(' / ') || '—',
          },
          {
            title: t('enabled'),
            render: (_, r) => <Switch checked={r.enabled} disabled={!isAdmin} loading={toggle.busyKey === r.id} onChange={(on) => void toggle.run(r.id, on)} aria-label={t('enabled')} />,
          },
          ...(isAdmin
            ? [
                {
                  title: t('actions'),
                  render: (_: unknown, r: Rule) => (
                    <Space>
                      <Button size="small" onClick={() => open(r)}>
                        {t('edit')}
                      </Button>
                      <Popconfirm title={t('deleteConfirm', { name: r.name })} onConfirm={() => void remove.run(r.id)}>
                        <Button size="small" danger>
                          {t('delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('new') : t('edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('save')}
        confirmLoading={save.busy}
        width={720}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save.run(v)} data-testid="follow-up-rule-form">
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('when')} required={false}>
            <Form.Item name="join" noStyle>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'all', label: t('joinAll') },
                  { value: 'any', label: t('joinAny') },
                ]}
              />
            </Form.Item>
            <Form.List name="rows">
              {(fields, { add, remove: drop }) => (
                <Flex vertical gap={8} style={{ marginTop: 8 }}>
                  {fields.map((field) => (
                    <Space key={field.key} align="start">
                      <Form.Item name={[field.name, 'metric']} rules={[{ required: true, message: t('metric') }]} noStyle>
                        <Select
                          aria-label={t('metric')}
                          style={{ width: 240 }}
                          showSearch
                          optionFilterProp="label"
                          options={[
                            { label: t('surveyScores'), options: metrics.filter((m) => SURVEY.has(m.key)).map((m) => ({ value: m.key, label: metricName(m.key) })) },
                            { label: t('operational'), options: metrics.filter((m) => !SURVEY.has(m.key)).map((m) => ({ value: m.key, label: metricName(m.key) })) },
                          ]}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'op']} rules={[{ required: true }]} noStyle>
                        <Select aria-label={t('comparator')} style={{ width: 100 }} options={OPS.map((op) => ({ value: op, label: t(`ops.${op}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: t('value') }]} noStyle>
                        <InputNumber aria-label={t('value')} style={{ width: 120 }} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => drop(field.name)} aria-label={t('removeCondition')} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ metric: 'nps', op: 'lte', value: 6 })} style={{ width: 'fit-content' }}>
                    {t('addCondition')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="topics" label={t('topics')} tooltip={t('topicsHint')}>
              <Select mode="tags" style={{ minWidth: 240 }} tokenSeparators={[',', '，']} />
            </Form.Item>
            <Form.Item name="keywords" label={t('keywords')} tooltip={t('keywordsHint')}>
              <Select mode="tags" style={{ minWidth: 240 }} tokenSeparators={[',', '，']} />
            </Form.Item>
          </Space>
          <Space wrap size="large">
            <Form.Item name="slaHours" label={t('slaHours')} tooltip={t('slaHint')}>
              <InputNumber min={0.25} max={8760} step={1} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="slaBasis" label={t('slaBasis')}>
              <Radio.Group
                options={[
                  { value: 'BUSINESS', label: t('basis.BUSINESS') },
                  { value: 'ELAPSED', label: t('basis.ELAPSED') },
                ]}
              />
            </Form.Item>
          </Space>
          <Space wrap size="large">
            <Form.Item name="assigneeTeamId" label={t('team')} tooltip={t('teamHint')}>
              <Select allowClear style={{ width: 200 }} options={teams} />
            </Form.Item>
            <Form.Item name="assigneeUserId" label={t('user')}>
              <Select allowClear style={{ width: 200 }} options={people} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="escalateToUserId" label={t('escalateTo')} tooltip={t('escalateHint')}>
              <Select allowClear style={{ width: 200 }} options={people} showSearch optionFilterProp="label" />
            </Form.Item>
          </Space>
          {editing !== 'new' && editing && !rowsOf(editing.condition) && <Tag color="orange">{t('complexCondition')}</Tag>}
        </Form>
      </Modal>
    </Flex>
  );
}
