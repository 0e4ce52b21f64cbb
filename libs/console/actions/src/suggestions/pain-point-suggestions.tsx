'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, InputNumber, Modal, Select, Skeleton, Tag, Typography } from 'antd';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { ACTION_PRIORITIES } from '@opencx/domain';
import { gqlRequest, useGqlAction, useGqlQuery, type PainPointSuggestionsQuery as SuggestionsData } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { AcceptPainPointSuggestionMutation, ActionPeopleQuery, CreateImprovementActionMutation, DismissPainPointSuggestionMutation, PainPointSuggestionsQuery } from '../documents/actions.documents';

type Suggestion = SuggestionsData['painPointSuggestions'][number];
interface ActionForm {
  title: string;
  ownerUserId?: string;
  teamId?: string;
  priority: string;
  effort: number;
  due?: { format: (f: string) => string } | null;
  targetMetricId?: string;
}

/** The pain points the evidence suggests for a journey: accept one into a pain point (then an action), or dismiss it. */
export function PainPointSuggestions({ journeyId }: { journeyId: string }) {
  const t = useTranslations('actions.suggestions');
  const ta = useTranslations('actions');
  const format = useFormatter();
  const locale = useLocale();
  const readOnly = useReadOnly();
  const data = useGqlQuery(PainPointSuggestionsQuery, { variables: { journeyId } });
  const people = useGqlQuery(ActionPeopleQuery);
  const names = useMemo(() => new Map((data.data?.journey.stages ?? []).flatMap((s) => s.touchpoints).map((tp) => [tp.id, tp.name])), [data.data]);
  const [accepted, setAccepted] = useState<{ painPointId: string; suggestion: Suggestion } | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [form] = Form.useForm<ActionForm>();

  const accept = useGqlAction((s: Suggestion) => gqlRequest(AcceptPainPointSuggestionMutation, { input: { journeyId, key: s.key, title: titleOf(s) } }), {
    key: (s) => s.key,
    success: () => t('accepted'),
    onSuccess: (r, s) => {
      setAccepted({ painPointId: r.acceptPainPointSuggestion.painPointId, suggestion: s });
      const metrics = people.data?.metricDefinitions ?? [];
      // Measure what the evidence was about: the off-target metric, else NPS.
      const metric = metrics.find((m) => m.key === (s.kind === 'off_target' ? s.subject : 'nps'));
      form.setFieldsValue({ title: t('actionTitle', { pain: titleOf(s) }), priority: 'high', effort: 3, targetMetricId: metric?.id });
      void data.refetch();
    },
  });
  const dismiss = useGqlAction((s: Suggestion) => gqlRequest(DismissPainPointSuggestionMutation, { input: { journeyId, key: s.key } }), {
    key: (s) => `x${s.key}`,
    success: () => t('dismissed'),
    onSuccess: () => void data.refetch(),
  });
  const create = useGqlAction(
    (painPointId: string, v: ActionForm) =>
      gqlRequest(CreateImprovementActionMutation, {
        input: { title: v.title.trim(), painPointId, ownerUserId: v.ownerUserId, teamId: v.teamId, priority: v.priority as never, effort: v.effort, dueDate: v.due ? v.due.format('YYYY-MM-DD') : undefined, targetMetricId: v.targetMetricId },
      }),
    { form, success: () => t('actionCreated'), onSuccess: (r) => { setAccepted(null); setCreatedId(r.createImprovementAction.id); } },
  );

  function titleOf(s: Suggestion): string {
    if (s.kind === 'off_target') return t('titles.off_target', { metric: s.subject.toUpperCase() });
    if (s.kind === 'emotion_gap') return t('titles.emotion_gap');
    return t('titles.negative_topic', { topic: s.subject });
  }
  const fig = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  const suggestions = data.data?.painPointSuggestions ?? [];

  return (
    <Flex vertical gap={12} data-testid="pain-point-suggestions">
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('help')}</Typography.Text>
      {createdId ? (
        <Card size="small" data-testid="action-created">
          <Link href="/actions">{t('openTracker')}</Link>
        </Card>
      ) : null}
      {data.loading && !data.data ? (
        <Skeleton active />
      ) : !suggestions.length ? (
        <Empty description={t('empty')} />
      ) : (
        suggestions.map((s) => (
          <Card key={s.key} size="small" data-testid="pain-point-suggestion" data-kind={s.kind} data-touchpoint-id={s.touchpointId}
            title={<Flex gap={8} align="center" wrap><Tag color="red">{t(`kinds.${s.kind}`)}</Tag><span>{titleOf(s)}</span><Typography.Text type="secondary">{names.get(s.touchpointId) ?? ''}</Typography.Text></Flex>}
            extra={!readOnly ? (
              <Flex gap={8}>
                <Button type="primary" size="small" loading={accept.busyKey === s.key} onClick={() => void accept.run(s)} data-testid="accept-suggestion">{t('accept')}</Button>
                <Button size="small" loading={dismiss.busyKey === `x${s.key}`} onClick={() => void dismiss.run(s)} data-testid="dismiss-suggestion">{t('dismiss')}</Button>
              </Flex>
            ) : null}
          >
            <Flex vertical gap={4}>
              <Typography.Text data-testid="suggestion-evidence">
                {t('evidence', { value: fig(s.value), low: fig(s.low), high: fig(s.high), n: s.n })}
                {s.reference != null ? ` · ${t(s.kind === 'off_target' ? 'target' : 'designed', { value: fig(s.reference) })}` : ''}
              </Typography.Text>
              {s.verbatims.map((v) => (
                <Typography.Text key={v.responseId} type="secondary" style={{ whiteSpace: 'pre-wrap' }}>“{v.comment}”</Typography.Text>
              ))}
              {s.rootCauses.length ? <Typography.Text>{t('rootCauses', { causes: s.rootCauses.join(', ') })}</Typography.Text> : null}
            </Flex>
          </Card>
        ))
      )}
      <Modal
        open={!!accepted}
        title={t('createAction')}
        okText={t('create')}
        cancelText={ta('drop.cancel')}
        okButtonProps={{ loading: create.busy, 'data-testid': 'create-action-submit' } as never}
        onCancel={() => setAccepted(null)}
        onOk={async () => {
          const v = await form.validateFields();
          if (accepted) await create.run(accepted.painPointId, v);
        }}
      >
        <Form form={form} layout="vertical" data-testid="create-action-form">
          <Form.Item name="title" label={ta('fields.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="ownerUserId" label={ta('fields.owner')}>
            <Select allowClear options={(people.data?.members ?? []).map((m) => ({ value: m.userId, label: m.displayName }))} />
          </Form.Item>
          <Form.Item name="teamId" label={ta('fields.team')}>
            <Select allowClear options={(people.data?.teams ?? []).map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item name="priority" label={ta('fields.priority')} style={{ flex: 1 }}>
              <Select options={ACTION_PRIORITIES.map((p) => ({ value: p, label: ta(`priority.${p}`) }))} />
            </Form.Item>
            <Form.Item name="effort" label={ta('fields.effort')} style={{ flex: 1 }}>
              <InputNumber min={1} max={5} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="due" label={ta('fields.due')} style={{ flex: 1 }}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="targetMetricId" label={ta('fields.metric')}>
            <Select allowClear options={(people.data?.metricDefinitions ?? []).map((m) => ({ value: m.id, label: locale.startsWith('zh') ? m.nameZh : m.nameEn }))} data-testid="create-action-metric" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
