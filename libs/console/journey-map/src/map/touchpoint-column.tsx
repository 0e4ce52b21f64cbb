'use client';

import { memo, useMemo, useState } from 'react';
import { Dropdown, Popconfirm, Select, Tooltip } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, HolderOutlined, MoreOutlined, StarFilled, StarOutlined, SwapOutlined } from '@ant-design/icons';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useTranslations } from 'next-intl';
import { asChannel, ChannelIcon, useChannelOptions } from '../common/channel';
import type { LaneKey } from '../model/map-layout';
import type { LaneGeometry } from '../model/map-viewport';
import { kpiChips } from '../model/kpi-view';
import { slaDuration, type DurationUnit } from '../model/map-edits';
import type { MapMetric, MapTouchpoint, TouchpointKpis } from '../model/types';
import { EditableText } from './editable-text';
import { EmotionPicker } from './emotion';
import { KpiChips } from './kpi-chips';
import { FixFirstBadge } from './fix-first-badge';
import { useMapEditor } from './editor-context';
import { OpportunitiesCell, PainPointsCell } from './insight-cells';
import { CustomLaneCells, type MapCustomLane } from './custom-lanes';
import { CommentBadge } from '../comments';


/** "SLA 24 h", "时限 1 天": the service level in the unit people say it in. */
function slaText(t: (key: `touchpoint.sla.${DurationUnit}`, values: { value: number }) => string, minutes: number): string {
  const { value, unit } = slaDuration(minutes);
  return t(`touchpoint.sla.${unit}`, { value });
}

export interface TouchpointColumnProps {
  touchpoint: MapTouchpoint;
  x: number;
  width: number;
  /** Position in map order (all stages). */
  index: number;
  first: boolean;
  last: boolean;
  onStep: (id: string, direction: 'left' | 'right') => void;
  /** The touchpoint's measurements over the chosen period; undefined until they arrive. */
  kpis?: TouchpointKpis;
  /** Which lanes show, where, and which are collapsed. */
  geometry: LaneGeometry;
  /** The stages, read when the card's menu opens. */
  stageChoices: () => StageChoice[];
  onMoveToStage: (id: string, stageId: string) => void;
  /** The journey's own lanes, drawn from `customTop` down. */
  customLanes?: readonly MapCustomLane[];
  customTop?: number;
}

export interface StageChoice {
  id: string;
  name: string;
  index: number;
  count: number;
}

function Cell({ lane, geometry, children, className }: { lane: LaneKey; geometry: LaneGeometry; children: React.ReactNode; className?: string }) {
  const top = geometry.tops[lane];
  if (top === undefined) return null;
  const collapsed = geometry.collapsed.has(lane);
  return (
    <div className={`jm-cell jm-cell-${lane}${className && !collapsed ? ' ' + className : ''}`} style={{ top, height: geometry.heights[lane] }} data-lane={lane} data-collapsed={collapsed || undefined}>
      {collapsed ? null : children}
    </div>
  );
}

function TouchpointCard({ touchpoint, first, last, onStep, kpis, stageChoices, onMoveToStage }: Pick<TouchpointColumnProps, 'touchpoint' | 'first' | 'last' | 'onStep' | 'kpis' | 'stageChoices' | 'onMoveToStage'>) {
  const [menuOpen, setMenuOpen] = useState(false);
  const t = useTranslations('journeyMap');
  const { actions, readOnly, dndEnabled, locale } = useMapEditor();
  const chips = useMemo(() => kpiChips(kpis, locale), [kpis, locale]);
  const channelOptions = useChannelOptions();
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: `tp:${touchpoint.id}`,
    data: { type: 'touchpoint', touchpointId: touchpoint.id },
    disabled: readOnly || !dndEnabled,
  });
  const channel = asChannel(touchpoint.channel);
  return (
    <div
      ref={setNodeRef}
      className={`jm-card${touchpoint.momentOfTruth ? ' jm-card-moment' : ''}`}
      style={{ opacity: isDragging ? 0.35 : 1 }}
      data-testid="touchpoint-card"
      data-touchpoint-id={touchpoint.id}
      data-stage-id={touchpoint.stageId}
      data-position={touchpoint.position}
    >
      <div className="jm-card-head">
        {!readOnly && dndEnabled ? (
          <button type="button" ref={setActivatorNodeRef} className="jm-handle" {...listeners} {...attributes} aria-label={t('touchpoint.drag')} title={t('touchpoint.drag')} data-testid="touchpoint-drag-handle" data-export-ignore>
            <HolderOutlined />
          </button>
        ) : null}
        {readOnly ? (
          <span className="jm-channel-readonly">
            <ChannelIcon channel={channel} /> {t(`channels.${channel}`)}
          </span>
        ) : (
          <>
          <span className="jm-export-only jm-channel-text">
            <ChannelIcon channel={channel} /> {t(`channels.${channel}`)}
          </span>
          <Select
            size="small"
            variant="borderless"
            data-export-ignore
            value={channel}
            options={channelOptions}
            optionLabelProp="label"
            popupMatchSelectWidth={false}
            // No arrow: on a 200 px card the arrow left the channel's name no room ("WeChat" showed as "…").
            suffixIcon={null}
            onChange={(value) => void actions.updateTouchpoint(touchpoint.id, { channel: value })}
            aria-label={t('touchpoint.channel')}
            className="jm-channel-select"
            data-testid="touchpoint-channel"
          />
          </>
        )}
        <span style={{ flex: 1 }} />
        <CommentBadge kind="TOUCHPOINT" id={touchpoint.id} />
        <Tooltip title={touchpoint.momentOfTruth ? (readOnly ? t('touchpoint.momentOfTruth') : t('touchpoint.unmarkMoment')) : readOnly ? undefined : t('touchpoint.markMoment')}>
          {readOnly ? (
            touchpoint.momentOfTruth ? (
              <StarFilled className="jm-moment on" data-testid="moment-of-truth" aria-label={t('touchpoint.momentOfTruth')} />
            ) : (
              <span />
            )
          ) : (
            <button
              type="button"
              className={`jm-icon-button jm-moment${touchpoint.momentOfTruth ? ' on' : ''}`}
              aria-pressed={touchpoint.momentOfTruth}
              aria-label={t('touchpoint.momentOfTruth')}
              data-testid={touchpoint.momentOfTruth ? 'moment-of-truth' : 'moment-of-truth-toggle'}
              data-export-ignore={touchpoint.momentOfTruth ? undefined : true}
              onClick={() => void actions.updateTouchpoint(touchpoint.id, { momentOfTruth: !touchpoint.momentOfTruth })}
            >
              {touchpoint.momentOfTruth ? <StarFilled /> : <StarOutlined />}
            </button>
          )}
        </Tooltip>
        {readOnly ? null : (
          <>
            <Dropdown
              trigger={['click']}
              autoFocus
              open={menuOpen}
              onOpenChange={setMenuOpen}
              menu={{
                items: [
                  { key: 'left', icon: <ArrowLeftOutlined />, label: t('touchpoint.moveLeft'), disabled: first || !dndEnabled, onClick: () => onStep(touchpoint.id, 'left') },
                  { key: 'right', icon: <ArrowRightOutlined />, label: t('touchpoint.moveRight'), disabled: last || !dndEnabled, onClick: () => onStep(touchpoint.id, 'right') },
                  {
                    key: 'move-to',
                    icon: <SwapOutlined />,
                    label: <span data-testid="move-to-stage">{t('touchpoint.moveTo')}</span>,
                    disabled: !dndEnabled,
                    popupClassName: 'jm-move-menu',
                    children: menuOpen
                      ? stageChoices().map((s) => ({
                          key: `stage:${s.id}`,
                          disabled: s.id === touchpoint.stageId,
                          label: (
                            <span data-testid="move-to-stage-option" data-stage-id={s.id}>
                              {t('touchpoint.moveToOption', { index: s.index + 1, name: s.name.length > 60 ? `${s.name.slice(0, 59)}…` : s.name })}
                            </span>
                          ),
                          onClick: () => onMoveToStage(touchpoint.id, s.id),
                        }))
                      : [],
                  },
                ],
              }}
            >
              <button type="button" className="jm-icon-button" aria-label={t('touchpoint.more')} data-export-ignore data-testid="touchpoint-more">
                <MoreOutlined />
              </button>
            </Dropdown>
            <Popconfirm
              title={t('touchpoint.deleteTitle', { name: touchpoint.name })}
              description={t('touchpoint.deleteConfirm')}
              okText={t('delete')}
              cancelText={t('cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-delete-touchpoint' }}
              onConfirm={() => void actions.deleteTouchpoint(touchpoint.id)}
            >
              <button type="button" className="jm-icon-button jm-danger" aria-label={t('touchpoint.delete')} data-testid="delete-touchpoint" data-export-ignore>
                <DeleteOutlined />
              </button>
            </Popconfirm>
          </>
        )}
      </div>
      <EditableText
        value={touchpoint.name}
        required
        maxLength={200}
        readOnly={readOnly}
        ariaLabel={t('touchpoint.name')}
        testId="touchpoint-name"
        onSave={(name) => actions.updateTouchpoint(touchpoint.id, { name })}
        style={{ fontWeight: 600 }}
      />
      <KpiChips chips={chips} />
      <FixFirstBadge touchpointId={touchpoint.id} />
      <div className="jm-card-meta">
        {touchpoint.slaMinutes ? <span data-testid="touchpoint-sla">{slaText(t, touchpoint.slaMinutes)}</span> : null}
        {touchpoint.layer === 'back_stage' ? <span>{t('touchpoint.backStage')}</span> : null}
      </div>
    </div>
  );
}

const UNIT_KEYS = ['minutes', 'hours', 'days', 'seconds', 'percent'] as const;
type UnitKey = (typeof UNIT_KEYS)[number];

function MetricsCell({ metrics }: { metrics: MapMetric[] }) {
  const t = useTranslations('journeyMap.metric');
  const { locale } = useMapEditor();
  const target = (m: MapMetric): string => {
    const value = m.target as number;
    const unit = m.unit === '%' ? 'percent' : m.unit;
    if (unit && (UNIT_KEYS as readonly string[]).includes(unit)) return t(`units.${unit as UnitKey}`, { value });
    return unit ? `${value} ${unit}` : String(value);
  };
  if (metrics.length === 0) return <span className="jm-placeholder">{t('none')}</span>;
  return (
    <>
      {metrics.map((m) => (
        <div key={m.key} className="jm-metric" data-testid="metric" data-metric-key={m.key}>
          <Tooltip title={`${m.key} · ${m.direction === 'lower_is_better' ? t('lower') : t('higher')}`}>
            <span className="jm-metric-name">{locale === 'zh-CN' ? m.nameZh : m.nameEn}</span>
          </Tooltip>
          <span className="jm-metric-target">{m.target === null || m.target === undefined ? t('noTarget') : `${m.direction === 'lower_is_better' ? '≤' : '≥'} ${target(m)}`}</span>
        </div>
      ))}
    </>
  );
}

function OwnerCell({ touchpoint }: { touchpoint: MapTouchpoint }) {
  const t = useTranslations('journeyMap.owner');
  const { actions, readOnly, teams } = useMapEditor();
  const name = touchpoint.ownerTeamId ? teams.get(touchpoint.ownerTeamId) : undefined;
  if (readOnly) return <span className={name ? undefined : 'jm-placeholder'}>{name ?? t('none')}</span>;
  return (
    <>
    <span className="jm-export-only">{name ?? ''}</span>
    <Select
      data-export-ignore
      size="small"
      variant="borderless"
      allowClear
      placeholder={t('placeholder')}
      value={touchpoint.ownerTeamId ?? undefined}
      options={[...teams].map(([id, label]) => ({ value: id, label }))}
      style={{ width: '100%' }}
      aria-label={t('placeholder')}
      data-testid="touchpoint-owner"
      onChange={(value: string | undefined) =>
        void actions.updateTouchpoint(
          touchpoint.id,
          value
            ? { ownerTeamId: value }
            : // The API clears optional fields together; the ones that stay are sent back.
              { clearOptional: true, ownerTeamId: null, slaMinutes: touchpoint.slaMinutes ?? undefined, ...(touchpoint.device ? { device: touchpoint.device } : {}), ...(touchpoint.region ? { region: touchpoint.region } : {}) },
        )
      }
    />
    </>
  );
}

/**
 * One touchpoint and every lane below it. Memoised: after an edit only the columns whose
 * touchpoint object changed re-render (the editor shares unchanged objects between versions).
 */
export const TouchpointColumn = memo(function TouchpointColumn({ touchpoint, x, width, index, first, last, onStep, kpis, geometry, stageChoices, onMoveToStage, customLanes, customTop }: TouchpointColumnProps) {
  const t = useTranslations('journeyMap');
  const { actions, readOnly, dndEnabled } = useMapEditor();
  const { setNodeRef } = useDroppable({ id: `tpd:${touchpoint.id}`, data: { type: 'touchpoint', touchpointId: touchpoint.id }, disabled: readOnly || !dndEnabled });
  const save = (field: 'customerAction' | 'customerThought' | 'expectation') => (value: string) => actions.updateTouchpoint(touchpoint.id, { [field]: value });
  return (
    <div ref={setNodeRef} className="jm-column" style={{ left: x, width, height: geometry.height }} data-testid="touchpoint-column" data-touchpoint-id={touchpoint.id} data-index={index}>
      <Cell geometry={geometry} lane="touchpoint">
        <TouchpointCard touchpoint={touchpoint} first={first} last={last} onStep={onStep} kpis={kpis} stageChoices={stageChoices} onMoveToStage={onMoveToStage} />
      </Cell>
      <Cell geometry={geometry} lane="action">
        <EditableText multiline value={touchpoint.customerAction} readOnly={readOnly} ariaLabel={t('lanes.action')} testId="touchpoint-action" onSave={save('customerAction')} />
      </Cell>
      <Cell geometry={geometry} lane="thought">
        <EditableText multiline value={touchpoint.customerThought} readOnly={readOnly} ariaLabel={t('lanes.thought')} testId="touchpoint-thought" onSave={save('customerThought')} style={{ fontStyle: 'italic' }} />
      </Cell>
      <Cell geometry={geometry} lane="expectation">
        <EditableText multiline value={touchpoint.expectation} readOnly={readOnly} ariaLabel={t('lanes.expectation')} testId="touchpoint-expectation" onSave={save('expectation')} />
      </Cell>
      <Cell geometry={geometry} lane="emotion" className="jm-cell-transparent">
        <EmotionPicker name={touchpoint.name} emotion={touchpoint.emotion} readOnly={readOnly} onChange={(emotion) => void actions.updateTouchpoint(touchpoint.id, { emotion })} />
      </Cell>
      <Cell geometry={geometry} lane="painPoints">
        <PainPointsCell touchpoint={touchpoint} />
      </Cell>
      <Cell geometry={geometry} lane="opportunities">
        <OpportunitiesCell touchpoint={touchpoint} />
      </Cell>
      <Cell geometry={geometry} lane="metrics">
        <MetricsCell metrics={touchpoint.metrics} />
      </Cell>
      <Cell geometry={geometry} lane="owner">
        <OwnerCell touchpoint={touchpoint} />
      </Cell>
      {customLanes?.length ? <CustomLaneCells touchpoint={touchpoint} lanes={customLanes} top={customTop ?? 0} /> : null}
    </div>
  );
});

/** What follows the pointer while a card is dragged. */
export function TouchpointDragPreview({ touchpoint }: { touchpoint: MapTouchpoint }) {
  return (
    <div className="jm-card jm-card-overlay">
      <div className="jm-card-head">
        <HolderOutlined /> <ChannelIcon channel={touchpoint.channel} />
      </div>
      <div style={{ fontWeight: 600 }}>{touchpoint.name}</div>
    </div>
  );
}
