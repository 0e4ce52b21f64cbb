'use client';

import { memo, useState } from 'react';
import { Button, Flex, Input, Modal, Select, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, InsertRowBelowOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import type { JourneyMap, MapTouchpoint } from '../model/types';
import { EditableText } from './editable-text';
import { useMapEditor } from './editor-context';
import { ImageLaneCell } from './image-lane';

/** Height of one custom lane on the map (map pixels). */
export const CUSTOM_LANE_HEIGHT = 104;

export type MapCustomLane = JourneyMap['customLanes'][number];

/** The lane's name in the UI language. */
export function laneName(lane: MapCustomLane, locale: string): string {
  return locale === 'zh-CN' ? lane.nameZh : lane.nameEn;
}

/** Lane labels below the built-in ones, in the sticky lane-header column. */
export function CustomLaneLabels({ lanes }: { lanes: readonly MapCustomLane[] }) {
  const { locale } = useMapEditor();
  return (
    <>
      {lanes.map((lane) => (
        <div key={lane.key} className="jm-lane-label" style={{ height: CUSTOM_LANE_HEIGHT }} data-testid="lane-header" data-lane={`custom:${lane.key}`} data-custom-lane={lane.key}>
          <span className="jm-lane-title">{laneName(lane, locale)}</span>
        </div>
      ))}
    </>
  );
}

/**
 * A touchpoint's entries in the custom lanes: one editable text per lane, one entry per line
 * (Shift+Enter starts a new line, Enter saves).
 */
export const CustomLaneCells = memo(function CustomLaneCells({ touchpoint, lanes, top }: { touchpoint: MapTouchpoint; lanes: readonly MapCustomLane[]; top: number }) {
  const { actions, readOnly, locale } = useMapEditor();
  return (
    <>
      {lanes.map((lane, i) => {
        const items = touchpoint.laneEntries.find((e) => e.laneKey === lane.key)?.items ?? [];
        return (
          <div key={lane.key} className="jm-cell jm-cell-custom" style={{ top: top + i * CUSTOM_LANE_HEIGHT, height: CUSTOM_LANE_HEIGHT }} data-lane={`custom:${lane.key}`} data-testid="custom-lane-cell" data-custom-lane={lane.key}>
            {lane.kind === 'image' ? (
              <ImageLaneCell items={items} laneLabel={laneName(lane, locale)} touchpointName={touchpoint.name} readOnly={readOnly} onSave={(next) => actions.setLaneItems(touchpoint.id, lane.key, next)} />
            ) : (
              <EditableText
                multiline
                value={items.join('\n')}
                readOnly={readOnly}
                ariaLabel={laneName(lane, locale)}
                testId="custom-lane-text"
                onSave={(text) =>
                  actions.setLaneItems(
                    touchpoint.id,
                    lane.key,
                    text
                      .split('\n')
                      .map((line) => line.trim())
                      .filter(Boolean),
                  )
                }
              />
            )}
          </div>
        );
      })}
    </>
  );
});

interface DraftLane {
  key?: string;
  nameZh: string;
  nameEn: string;
  kind: string;
}

/** "Lanes…": add, rename (both languages), reorder and remove the journey's own lanes; saved as one change. */
export function LaneManagerButton({ lanes }: { lanes: readonly MapCustomLane[] }) {
  const t = useTranslations('journeyMap.customLanes');
  const { actions, readOnly } = useMapEditor();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DraftLane[]>([]);
  const [saving, setSaving] = useState(false);
  if (readOnly) return null;
  const start = () => {
    setDraft(lanes.map((l) => ({ key: l.key, nameZh: l.nameZh, nameEn: l.nameEn, kind: l.kind })));
    setOpen(true);
  };
  const change = (i: number, patch: Partial<DraftLane>) => setDraft((d) => d.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const move = (i: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      const [lane] = next.splice(i, 1);
      if (lane) next.splice(i + by, 0, lane);
      return next;
    });
  const valid = draft.every((l) => l.nameZh.trim() && l.nameEn.trim());
  const save = async () => {
    setSaving(true);
    const done = await actions.setLanes(draft.map((l) => ({ ...(l.key ? { key: l.key } : {}), nameZh: l.nameZh.trim(), nameEn: l.nameEn.trim(), kind: l.kind })));
    setSaving(false);
    if (done) setOpen(false);
  };
  return (
    <>
      <Button icon={<InsertRowBelowOutlined />} onClick={start} data-testid="open-lane-manager">
        {t('button')}
      </Button>
      <Modal
        open={open}
        title={t('title')}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        okText={t('save')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: !valid, loading: saving, 'data-testid': 'lane-manager-save' } as never}
        width={720}
        data-testid="lane-manager"
      >
        <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
        <Flex vertical gap={8}>
          {draft.map((lane, i) => (
            <Flex key={lane.key ?? `new-${i}`} gap={8} align="center" wrap data-testid="lane-manager-row">
              <Input value={lane.nameZh} maxLength={60} placeholder={t('nameZh')} aria-label={`${t('nameZh')} ${i + 1}`} onChange={(e) => change(i, { nameZh: e.target.value })} style={{ flex: '1 1 140px' }} data-testid="lane-name-zh" />
              <Input value={lane.nameEn} maxLength={60} placeholder={t('nameEn')} aria-label={`${t('nameEn')} ${i + 1}`} onChange={(e) => change(i, { nameEn: e.target.value })} style={{ flex: '1 1 140px' }} data-testid="lane-name-en" />
              <Select value={lane.kind} aria-label={t('kind')} data-testid="lane-kind" options={[{ value: 'text', label: t('kinds.text') }, { value: 'image', label: t('kinds.image') }]} onChange={(kind: string) => change(i, { kind })} style={{ width: 120 }} />
              <Space.Compact>
                <Button icon={<ArrowUpOutlined />} aria-label={t('up')} disabled={i === 0} onClick={() => move(i, -1)} data-testid="lane-up" />
                <Button icon={<ArrowDownOutlined />} aria-label={t('down')} disabled={i === draft.length - 1} onClick={() => move(i, 1)} data-testid="lane-down" />
                <Button icon={<DeleteOutlined />} danger aria-label={t('remove')} onClick={() => setDraft((d) => d.filter((_, j) => j !== i))} data-testid="lane-remove" />
              </Space.Compact>
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} type="dashed" disabled={draft.length >= 12} onClick={() => setDraft((d) => [...d, { nameZh: '', nameEn: '', kind: 'text' }])} data-testid="lane-add">
            {t('add')}
          </Button>
        </Flex>
      </Modal>
    </>
  );
}
