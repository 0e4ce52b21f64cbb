'use client';

import { useRef, useState, type ReactNode } from 'react';
import { Button, Flex, Form, Input, Popconfirm, Popover, Select, Tooltip } from 'antd';
import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { SEVERITY_MAX, SEVERITY_MIN } from '@opencx/domain';
import type { MapOpportunity, MapPainPoint, MapTouchpoint } from '../model/types';
import { useMapEditor } from './editor-context';
import { CommentBadge } from '../comments';

/** Severity badges (white digits): each at least 4.5:1 against white text, lighter to darker with severity. */
export const SEVERITY_COLORS: Record<number, string> = { 1: '#5c6470', 2: '#8a5a00', 3: '#b0410c', 4: '#c41d1d', 5: '#820014' };
const SEVERITIES = Array.from({ length: SEVERITY_MAX - SEVERITY_MIN + 1 }, (_, i) => SEVERITY_MIN + i);
type SeverityKey = '1' | '2' | '3' | '4' | '5';

interface InsightValues {
  title: string;
  severity?: number;
  painPointId?: string | null;
}

/** The small form behind "add" and behind clicking an existing pain point or opportunity. */
function InsightForm({ kind, formName, initial, painPoints, onSubmit, onDelete, onCancel }: { kind: 'painPoint' | 'opportunity'; formName: string; initial: InsightValues; painPoints?: MapPainPoint[]; onSubmit: (values: InsightValues) => void; onDelete?: () => void; onCancel: () => void }) {
  const t = useTranslations('journeyMap');
  const tk = useTranslations(`journeyMap.${kind}`);
  const [form] = Form.useForm<InsightValues>();
  return (
    <Form form={form} name={formName} layout="vertical" size="small" requiredMark={false} initialValues={initial} onFinish={(v) => onSubmit({ ...v, title: v.title.trim() })} style={{ width: 280 }} data-testid={`${kind}-form`}>
      <Form.Item name="title" label={tk('title')} rules={[{ required: true, whitespace: true, message: tk('titleRequired') }, { max: 300 }]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 4 }} placeholder={tk('titlePlaceholder')} />
      </Form.Item>
      {kind === 'painPoint' ? (
        <Form.Item name="severity" label={t('painPoint.severity')}>
          <Select options={SEVERITIES.map((s) => ({ value: s, label: t('severityLabel', { severity: s, label: t(`severity.${String(s) as SeverityKey}`) }) }))} data-testid="severity-select" />
        </Form.Item>
      ) : painPoints && painPoints.length > 0 ? (
        <Form.Item name="painPointId" label={t('opportunity.painPoint')}>
          <Select allowClear placeholder={t('opportunity.painPointNone')} options={painPoints.map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
      ) : null}
      <Flex justify="space-between" gap={8}>
        {onDelete ? (
          <Popconfirm title={tk('deleteTitle')} okText={t('delete')} cancelText={t('cancel')} okButtonProps={{ danger: true }} onConfirm={onDelete}>
            <Button danger size="small" data-testid={`${kind}-delete`}>
              {tk('delete')}
            </Button>
          </Popconfirm>
        ) : (
          <span />
        )}
        <Flex gap={8}>
          <Button size="small" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button size="small" type="primary" htmlType="submit" data-testid={`${kind}-save`}>
            {tk('save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}

function EditablePopover({ editable, title, content, children, open, setOpen }: { editable: boolean; title: string; content: ReactNode; children: ReactNode; open: boolean; setOpen: (open: boolean) => void }) {
  if (!editable) return <>{children}</>;
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title={title} content={open ? content : null} destroyOnHidden>
      {children}
    </Popover>
  );
}

function PainPointChip({ pain, touchpointId }: { pain: MapPainPoint; touchpointId: string }) {
  const t = useTranslations('journeyMap');
  const { actions, readOnly } = useMapEditor();
  const [open, setOpen] = useState(false);
  const severity = String(Math.min(SEVERITY_MAX, Math.max(SEVERITY_MIN, pain.severity))) as SeverityKey;
  return (
    <EditablePopover
      editable={!readOnly}
      open={open}
      setOpen={setOpen}
      title={t('painPoint.edit')}
      content={
        <InsightForm
          kind="painPoint"
          formName={`pain-point-${pain.id}`}
          initial={{ title: pain.title, severity: pain.severity }}
          onCancel={() => setOpen(false)}
          onSubmit={(v) => {
            setOpen(false);
            if (v.title !== pain.title || v.severity !== pain.severity) void actions.updatePainPoint(pain.id, { title: v.title, severity: v.severity });
          }}
          onDelete={() => {
            setOpen(false);
            void actions.deletePainPoint(pain.id);
          }}
        />
      }
    >
      <Tooltip title={pain.description || undefined} open={open ? false : undefined}>
        <div className={readOnly ? 'jm-chip' : 'jm-chip jm-clickable'} data-testid="pain-point" data-severity={pain.severity} data-touchpoint-id={touchpointId}>
          <span className="jm-severity" style={{ background: SEVERITY_COLORS[pain.severity] ?? SEVERITY_COLORS[3] }} title={t('severityLabel', { severity: pain.severity, label: t(`severity.${severity}`) })}>
            {pain.severity}
          </span>
          <span className="jm-chip-text">{pain.title}</span>
          <CommentBadge kind="PAIN_POINT" id={pain.id} />
        </div>
      </Tooltip>
    </EditablePopover>
  );
}

function OpportunityChip({ opportunity, painPoints }: { opportunity: MapOpportunity; painPoints: MapPainPoint[] }) {
  const t = useTranslations('journeyMap');
  const labelled = useTranslations('app');
  const { actions, readOnly } = useMapEditor();
  const [open, setOpen] = useState(false);
  const linked = opportunity.painPointId ? painPoints.find((p) => p.id === opportunity.painPointId) : undefined;
  return (
    <EditablePopover
      editable={!readOnly}
      open={open}
      setOpen={setOpen}
      title={t('opportunity.edit')}
      content={
        <InsightForm
          kind="opportunity"
          formName={`opportunity-${opportunity.id}`}
          initial={{ title: opportunity.title }}
          onCancel={() => setOpen(false)}
          onSubmit={(v) => {
            setOpen(false);
            if (v.title !== opportunity.title) void actions.updateOpportunity(opportunity.id, { title: v.title });
          }}
          onDelete={() => {
            setOpen(false);
            void actions.deleteOpportunity(opportunity.id);
          }}
        />
      }
    >
      <Tooltip title={linked ? labelled('labelled', { label: t('opportunity.painPoint'), value: linked.title }) : opportunity.description || undefined} open={open ? false : undefined}>
        <div className={readOnly ? 'jm-chip jm-opportunity' : 'jm-chip jm-opportunity jm-clickable'} data-testid="opportunity">
          <BulbOutlined style={{ color: '#1677ff', marginTop: 3 }} />
          <span className="jm-chip-text">{opportunity.title}</span>
          <CommentBadge kind="OPPORTUNITY" id={opportunity.id} />
        </div>
      </Tooltip>
    </EditablePopover>
  );
}

function AddInsight({ kind, touchpoint }: { kind: 'painPoint' | 'opportunity'; touchpoint: MapTouchpoint }) {
  const t = useTranslations(`journeyMap.${kind}`);
  const { actions } = useMapEditor();
  const [open, setOpen] = useState(false);
  // Saving or cancelling returns focus to the add button (the form that had it is gone).
  const button = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('add')}
      destroyOnHidden
      content={
        open ? (
          <InsightForm
            kind={kind}
            formName={`new-${kind}-${touchpoint.id}`}
            initial={{ title: '', severity: 3, painPointId: null }}
            painPoints={touchpoint.painPoints}
            onCancel={close}
            onSubmit={(v) => {
              close();
              if (kind === 'painPoint') void actions.addPainPoint(touchpoint.id, { title: v.title, severity: v.severity ?? 3 });
              else void actions.addOpportunity(touchpoint.id, { title: v.title, painPointId: v.painPointId });
            }}
          />
        ) : null
      }
    >
      <Button ref={button} size="small" type="text" icon={<PlusOutlined />} className="jm-add-insight" data-export-ignore data-testid={kind === 'painPoint' ? 'add-pain-point' : 'add-opportunity'} aria-label={t('add')}>
        {t('add')}
      </Button>
    </Popover>
  );
}

export function PainPointsCell({ touchpoint }: { touchpoint: MapTouchpoint }) {
  const { readOnly } = useMapEditor();
  const sorted = [...touchpoint.painPoints].sort((a, b) => b.severity - a.severity);
  return (
    <Flex vertical gap={4}>
      {sorted.map((p) => (
        <PainPointChip key={p.id} pain={p} touchpointId={touchpoint.id} />
      ))}
      {readOnly ? null : <AddInsight kind="painPoint" touchpoint={touchpoint} />}
    </Flex>
  );
}

export function OpportunitiesCell({ touchpoint }: { touchpoint: MapTouchpoint }) {
  const { readOnly } = useMapEditor();
  return (
    <Flex vertical gap={4}>
      {touchpoint.opportunities.map((o) => (
        <OpportunityChip key={o.id} opportunity={o} painPoints={touchpoint.painPoints} />
      ))}
      {readOnly ? null : <AddInsight kind="opportunity" touchpoint={touchpoint} />}
    </Flex>
  );
}
