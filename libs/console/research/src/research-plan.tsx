'use client';

import { useEffect, useState } from 'react';
import { Button, Card, Flex, Form, Input, Progress, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { RESEARCH_STEP_STATUSES, type ResearchStepStatus } from '@opencx/domain';
import { gqlRequest, useGqlAction, type ResearchWorkspaceQuery as Data } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { UpdateResearchBriefMutation, UpdateResearchStepMutation } from './documents/research.documents';

type Plan = Data['researchPlan'];
type Step = Plan['steps'][number];
interface BriefForm {
  goal: string;
  scope: string;
  hypotheses: string[];
  researchQuestions: string[];
}

/** The research brief and the seven steps: owner, status and notes per step. */
export function ResearchPlan({ plan, members, onChanged }: { plan: Plan; members: Data['members']; onChanged: () => unknown }) {
  const t = useTranslations('research');
  const readOnly = useReadOnly();
  const [form] = Form.useForm<BriefForm>();
  useEffect(() => form.setFieldsValue({ goal: plan.goal, scope: plan.scope, hypotheses: plan.hypotheses, researchQuestions: plan.researchQuestions }), [form, plan]);
  const saveBrief = useGqlAction((v: BriefForm) => gqlRequest(UpdateResearchBriefMutation, { input: { journeyId: plan.journeyId, version: plan.version, ...v } }), {
    form,
    success: () => t('saved'),
    onSuccess: onChanged,
  });
  const saveStep = useGqlAction(
    (step: Step, patch: { status?: string; ownerUserId?: string | null; notes?: string }) => gqlRequest(UpdateResearchStepMutation, { input: { journeyId: plan.journeyId, step: step.key, ...patch } }),
    { key: (step) => step.key, success: () => t('saved'), onSuccess: onChanged },
  );

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('plan.title')}
        </Typography.Title>
      }
      extra={<Progress type="circle" size={44} percent={Math.round((100 * plan.done) / plan.total)} format={() => `${plan.done}/${plan.total}`} aria-label={t('plan.progressLabel', { done: plan.done, total: plan.total })} data-testid="research-progress" />}
    >
      <Form form={form} layout="vertical" disabled={readOnly} onFinish={(v) => void saveBrief.run(v)}>
        <Flex gap={16} wrap>
          <Form.Item name="goal" label={t('plan.goal')} style={{ flex: '1 1 280px' }}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="scope" label={t('plan.scope')} style={{ flex: '1 1 280px' }}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="hypotheses" label={t('plan.hypotheses')} style={{ flex: '1 1 280px' }}>
            <Select mode="tags" open={false} suffixIcon={null} placeholder={t('plan.listHint')} />
          </Form.Item>
          <Form.Item name="researchQuestions" label={t('plan.questions')} style={{ flex: '1 1 280px' }}>
            <Select mode="tags" open={false} suffixIcon={null} placeholder={t('plan.listHint')} />
          </Form.Item>
        </Flex>
        <Button htmlType="submit" loading={saveBrief.busy} data-testid="save-brief">
          {t('plan.saveBrief')}
        </Button>
      </Form>
      <Flex vertical gap={8} style={{ marginTop: 16 }} role="list" aria-label={t('plan.steps')}>
        {plan.steps.map((step, i) => (
          <StepRow key={step.key} index={i} step={step} members={members} readOnly={readOnly} busy={saveStep.busyKey === step.key} save={(patch) => void saveStep.run(step, patch)} />
        ))}
      </Flex>
    </Card>
  );
}

function StepRow({ index, step, members, readOnly, busy, save }: { index: number; step: Step; members: Data['members']; readOnly: boolean; busy: boolean; save: (patch: { status?: string; ownerUserId?: string | null; notes?: string }) => void }) {
  const t = useTranslations('research');
  const [notes, setNotes] = useState(step.notes);
  useEffect(() => setNotes(step.notes), [step.notes]);
  const label = t(`steps.${step.key}` as never);
  return (
    <Flex gap={8} align="center" wrap role="listitem" data-testid="research-step" data-step={step.key} data-status={step.status}>
      <Typography.Text strong style={{ width: 200 }}>
        {index + 1}. {label}
      </Typography.Text>
      <Select
        aria-label={t('plan.statusOf', { step: label })}
        data-testid="step-status"
        style={{ width: 130 }}
        disabled={readOnly || busy}
        value={step.status}
        options={RESEARCH_STEP_STATUSES.map((s) => ({ value: s, label: t(`status.${s as ResearchStepStatus}`) }))}
        onChange={(status) => save({ status })}
      />
      <Select
        aria-label={t('plan.ownerOf', { step: label })}
        data-testid="step-owner"
        style={{ width: 160 }}
        allowClear
        disabled={readOnly || busy}
        placeholder={t('plan.owner')}
        value={step.ownerUserId ?? undefined}
        options={members.map((m) => ({ value: m.userId, label: m.displayName }))}
        onChange={(ownerUserId) => save({ ownerUserId: ownerUserId ?? null })}
      />
      <Input
        aria-label={t('plan.notesOf', { step: label })}
        data-testid="step-notes"
        style={{ flex: '1 1 240px' }}
        disabled={readOnly}
        placeholder={t('plan.notes')}
        value={notes}
        maxLength={5000}
        onChange={(e) => setNotes(e.target.value)}
        onBlur={() => notes !== step.notes && save({ notes })}
        onPressEnter={() => notes !== step.notes && save({ notes })}
      />
    </Flex>
  );
}
