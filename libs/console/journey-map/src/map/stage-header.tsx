'use client';

import { memo, useState } from 'react';
import { Button, Flex, Form, Input, Popconfirm, Popover, Select, Tooltip } from 'antd';
import { DeleteOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useTranslations } from 'next-intl';
import { useChannelOptions } from '../common/channel';
import { commonChannel } from '../model/map-edits';
import type { MapStage } from '../model/types';
import { EditableText } from './editable-text';
import { useMapEditor } from './editor-context';
import { CommentBadge } from '../comments';

/** Stage accents; each carries white text (the stage number) at 4.5:1 or more. */
export const STAGE_COLORS = ['#1f6feb', '#0e7c7c', '#6a4ff0', '#ad4e00', '#237804', '#c41d7f'];

export function AddTouchpointButton({ stage }: { stage: Pick<MapStage, 'id' | 'name' | 'touchpoints'> }) {
  const t = useTranslations('journeyMap');
  const { actions } = useMapEditor();
  const channelOptions = useChannelOptions();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; channel: string }>();
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      title={t('touchpoint.addTitle', { stage: stage.name })}
      content={
        open ? (
          <Form
            form={form}
            layout="vertical"
            size="small"
            requiredMark={false}
            initialValues={{ name: '', channel: commonChannel(stage.touchpoints) }}
            style={{ width: 260 }}
            onFinish={(v) => {
              setOpen(false);
              void actions.addTouchpoint(stage.id, { name: v.name.trim(), channel: v.channel });
            }}
            name={`new-touchpoint-${stage.id}`}
            data-testid="new-touchpoint-form"
          >
            <Form.Item name="name" label={t('touchpoint.name')} rules={[{ required: true, whitespace: true, message: t('touchpoint.nameRequired') }, { max: 200 }]}>
              <Input autoFocus placeholder={t('touchpoint.namePlaceholder')} data-testid="new-touchpoint-name" />
            </Form.Item>
            <Form.Item name="channel" label={t('touchpoint.channel')}>
              <Select options={channelOptions} optionLabelProp="label" data-testid="new-touchpoint-channel" />
            </Form.Item>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
              <Button type="primary" htmlType="submit" data-testid="new-touchpoint-submit">
                {t('touchpoint.add')}
              </Button>
            </Flex>
          </Form>
        ) : null
      }
    >
      {/* The tooltip hides while the form is open: it would cover the form's buttons. */}
      <Tooltip title={t('touchpoint.add')} open={open ? false : undefined}>
        <button type="button" className="jm-icon-button" aria-label={t('touchpoint.add')} data-testid="add-touchpoint" data-export-ignore>
          <PlusOutlined />
        </button>
      </Tooltip>
    </Popover>
  );
}

export function AddStageButton() {
  const t = useTranslations('journeyMap.stage');
  const tm = useTranslations('journeyMap');
  const { actions } = useMapEditor();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      title={t('addTitle')}
      content={
        open ? (
          <Form
            form={form}
            layout="vertical"
            size="small"
            requiredMark={false}
            initialValues={{ name: '' }}
            style={{ width: 240 }}
            onFinish={(v) => {
              setOpen(false);
              void actions.addStage(v.name.trim());
            }}
            name="new-stage"
            data-testid="new-stage-form"
          >
            <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }, { max: 200 }]}>
              <Input autoFocus placeholder={t('namePlaceholder')} data-testid="new-stage-name" />
            </Form.Item>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={() => setOpen(false)}>{tm('cancel')}</Button>
              <Button type="primary" htmlType="submit" data-testid="new-stage-submit">
                {t('add')}
              </Button>
            </Flex>
          </Form>
        ) : null
      }
    >
      <Button icon={<PlusOutlined />} type="dashed" data-testid="add-stage">
        {t('add')}
      </Button>
    </Popover>
  );
}

/** A stage's column header: drag handle, name (inline edit), touchpoint count, add touchpoint, delete. */
export const StageHeader = memo(function StageHeader({ stage, x, width, index, count }: { stage: MapStage; x: number; width: number; index: number; count: number }) {
  const t = useTranslations('journeyMap');
  const { actions, readOnly, dndEnabled } = useMapEditor();
  const enabled = !readOnly && dndEnabled;
  const drag = useDraggable({ id: `st:${stage.id}`, data: { type: 'stage', stageId: stage.id }, disabled: !enabled });
  const drop = useDroppable({ id: `std:${stage.id}`, data: { type: 'stage', stageId: stage.id }, disabled: !enabled });
  const color = STAGE_COLORS[index % STAGE_COLORS.length];
  return (
    <div
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      className="jm-stage"
      style={{ left: x, width, borderTopColor: color, opacity: drag.isDragging ? 0.4 : 1 }}
      data-testid="stage-column"
      data-stage-id={stage.id}
      data-position={stage.position}
      data-touchpoints={count}
    >
      <div className="jm-stage-row">
        {enabled ? (
          <button type="button" ref={drag.setActivatorNodeRef} className="jm-handle" {...drag.listeners} {...drag.attributes} aria-label={t('stage.drag')} title={t('stage.drag')} data-testid="stage-drag-handle" data-export-ignore>
            <HolderOutlined />
          </button>
        ) : null}
        <span className="jm-stage-index" style={{ background: color }}>
          {index + 1}
        </span>
        <div className="jm-stage-name">
          <EditableText value={stage.name} required maxLength={200} readOnly={readOnly} ariaLabel={t('stage.name')} testId="stage-name" clamp onSave={(name) => actions.updateStage(stage.id, { name })} style={{ fontWeight: 600, fontSize: 14 }} />
        </div>
      </div>
      <div className="jm-stage-row jm-stage-foot">
        <span className="jm-stage-count">{count === 0 ? t('stage.empty') : t('stage.touchpointCount', { count })}</span>
        <CommentBadge kind="STAGE" id={stage.id} />
        {readOnly ? null : (
          <>
            {dndEnabled ? <AddTouchpointButton stage={stage} /> : null}
            <Popconfirm
              title={t('stage.deleteTitle', { name: stage.name })}
              description={count === 0 ? t('stage.deleteConfirmEmpty') : t('stage.deleteConfirm', { count })}
              okText={t('delete')}
              cancelText={t('cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-delete-stage' }}
              onConfirm={() => void actions.deleteStage(stage.id)}
            >
              <button type="button" className="jm-icon-button jm-danger" aria-label={t('stage.delete')} data-testid="delete-stage" data-export-ignore>
                <DeleteOutlined />
              </button>
            </Popconfirm>
          </>
        )}
      </div>
    </div>
  );
});

/** The slot of an empty stage: says so, and takes dropped cards. */
export function EmptyStageSlot({ stageId, x, width, height }: { stageId: string; x: number; width: number; height: number }) {
  const t = useTranslations('journeyMap.stage');
  const { readOnly, dndEnabled } = useMapEditor();
  const { setNodeRef, isOver } = useDroppable({ id: `slot:${stageId}`, data: { type: 'stage-slot', stageId }, disabled: readOnly || !dndEnabled });
  return (
    <div ref={setNodeRef} className={`jm-slot${isOver ? ' over' : ''}`} style={{ left: x, width, height }} data-testid="empty-stage-slot" data-stage-id={stageId}>
      <span>{t('empty')}</span>
    </div>
  );
}
