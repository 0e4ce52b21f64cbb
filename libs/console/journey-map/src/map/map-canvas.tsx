'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Tooltip } from 'antd';
import { DownOutlined, InfoCircleOutlined, RightOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type Announcements,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useTranslations } from 'next-intl';
import { dropSide, stageMoveInput, stageOrder, touchpointMoveInput, type TouchpointDropTarget } from '../model/drag-move';
import { curvePoints, emotionY, type CurveBox } from '../model/emotion-curve';
import { ADD_STAGE_WIDTH, computeLayout, LANE_HEADER_WIDTH, LANE_HEIGHTS, STAGE_HEADER_HEIGHT, visibleColumnRange, type LaneKey, type MapLayout } from '../model/map-layout';
import { COLUMN_WIDTHS, laneGeometry, type LaneGeometry, type LaneState, type MapViewPrefs } from '../model/map-viewport';
import { neighbourMove } from '../model/map-edits';
import { signedEmotion } from '../model/diff-view';
import { measuredRuns } from '../model/kpi-view';
import type { JourneyMap, MapTouchpoint, TouchpointKpis } from '../model/types';
import { EmotionCurve } from './emotion';
import { useMapEditor } from './editor-context';
import { MAP_CSS } from './map-css';
import { AddStageButton, EmptyStageSlot, StageHeader } from './stage-header';
import { TouchpointColumn, TouchpointDragPreview, type StageChoice } from './touchpoint-column';
import { MapViewToolbar, StageNavigator, useMapZoomControls } from './map-view-controls';
import { focusMovedCard, useMapGridKeys } from './map-grid-keys';
import { EmotionTable } from './emotion-table';
import { CUSTOM_LANE_HEIGHT, CustomLaneLabels } from './custom-lanes';
/** The emotion cell keeps its bottom strip for the value button; the curve uses the rest. */
const CURVE_BOX: CurveBox = { height: LANE_HEIGHTS.emotion - 30, padding: 16 };
const OVERSCAN_PX = 800;
// Module constants: dnd-kit rebuilds its context (re-rendering every draggable) when sensor options
// or the auto-scroll config are new objects.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const AUTO_SCROLL = { threshold: { x: 0.1, y: 0.1 } };

type DragItem = { type: 'touchpoint'; id: string } | { type: 'stage'; id: string };
type DropData = { type: 'touchpoint'; touchpointId: string } | { type: 'stage' | 'stage-slot'; stageId: string };

/** Touchpoint drags land on cards, empty-stage slots and stage headers; stage drags on stage headers only. */
const collisionDetection: CollisionDetection = (args) => {
  const type = (args.active.data.current as { type?: string } | undefined)?.type;
  const containers = args.droppableContainers.filter((c) => {
    const target = (c.data.current as { type?: string } | undefined)?.type;
    return type === 'stage' ? target === 'stage' : target !== undefined;
  });
  const hits = pointerWithin({ ...args, droppableContainers: containers });
  return hits.length ? hits : closestCenter({ ...args, droppableContainers: containers });
};

function useVisibleColumns(scroller: RefObject<HTMLDivElement | null>, layout: MapLayout, zoom: number): { start: number; end: number } {
  const [range, setRange] = useState(() => ({ start: 0, end: Math.min(layout.columns.length, 16) }));
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // The scroller measures in screen pixels; the layout in map pixels (before zoom).
      const next = visibleColumnRange(layout, el.scrollLeft / zoom, Math.max(0, el.clientWidth / zoom - LANE_HEADER_WIDTH), OVERSCAN_PX);
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, layout, zoom]);
  return range;
}

function LaneHeaders({ geometry, onLane, children }: { geometry: LaneGeometry; onLane?: (lane: LaneKey, state: LaneState) => void; children?: React.ReactNode }) {
  const t = useTranslations('journeyMap');
  return (
    <div className="jm-lanes" style={{ width: LANE_HEADER_WIDTH }} data-testid="lane-headers">
      <div className="jm-corner" style={{ height: STAGE_HEADER_HEIGHT }} />
      {geometry.lanes.map((lane) => {
        const collapsed = geometry.collapsed.has(lane);
        return (
          <div key={lane} className={`jm-lane-label${collapsed ? ' jm-lane-collapsed' : ''}`} style={{ height: geometry.heights[lane] }} data-testid="lane-header" data-lane={lane} data-collapsed={collapsed || undefined}>
            <span className="jm-lane-title">
              {onLane && lane !== 'touchpoint' ? (
                <button
                  type="button"
                  className="jm-icon-button jm-lane-toggle"
                  aria-expanded={!collapsed}
                  aria-label={`${t(`lanes.${lane}`)} · ${collapsed ? t('view.expandLane') : t('view.collapseLane')}`}
                  onClick={() => onLane(lane, collapsed ? 'open' : 'collapsed')}
                  data-testid="lane-toggle"
                  data-export-ignore
                >
                  {collapsed ? <RightOutlined /> : <DownOutlined />}
                </button>
              ) : null}
              <span>{t(`lanes.${lane}`)}</span>{' '}
              {collapsed ? null : (
                <Tooltip title={t(`laneHints.${lane}`)}>
                  <InfoCircleOutlined className="jm-lane-hint-icon" data-export-ignore />
                </Tooltip>
              )}
            </span>
            {collapsed ? null : lane === 'emotion' ? (
              <div className="jm-emotion-scale" aria-hidden>
                {[3, 0, -3].map((v) => (
                  <span key={v} style={{ top: emotionY(v, CURVE_BOX) - 8 }}>
                    {signedEmotion(v)}
                  </span>
                ))}
              </div>
            ) : (
              <span className="jm-lane-hint">{t(`laneHints.${lane}`)}</span>
            )}
          </div>
        );
      })}
      {children}
    </div>
  );
}

/**
 * The map grid: stages as columns (sticky header band), lanes as rows (sticky lane headers), one
 * memoised column per touchpoint, and the emotion curve across all of them. Only the columns near
 * the viewport are mounted (`renderAll` mounts every one, for image export).
 */
const NO_KPIS: ReadonlyMap<string, TouchpointKpis> = new Map();

export function MapCanvas({
  map,
  renderAll,
  canvasRef,
  kpis = NO_KPIS,
  prefs,
  onPrefs,
}: {
  map: JourneyMap;
  renderAll: boolean;
  canvasRef: RefObject<HTMLDivElement | null>;
  kpis?: ReadonlyMap<string, TouchpointKpis>;
  prefs: MapViewPrefs;
  onPrefs: (next: MapViewPrefs) => void;
}) {
  const t = useTranslations('journeyMap');
  const { actions, readOnly, dndEnabled } = useMapEditor();
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const layout = useMemo(() => computeLayout(map.stages, COLUMN_WIDTHS[prefs.density]), [map.stages, prefs.density]);
  const builtIn = useMemo(() => laneGeometry(renderAll ? {} : prefs.lanes), [prefs.lanes, renderAll]);
  // The team's own lanes sit below the built-in ones: the columns grow by their height.
  const customLanes = map.customLanes;
  const geometry = useMemo(() => ({ ...builtIn, height: builtIn.height + customLanes.length * CUSTOM_LANE_HEIGHT }), [builtIn, customLanes.length]);
  // The picture is exported at 100 %, whatever the screen zoom.
  const zoom = renderAll ? 1 : prefs.zoom;
  const range = useVisibleColumns(scrollerRef, layout, zoom);
  const canvasWidth = LANE_HEADER_WIDTH + layout.width + (readOnly || renderAll || !dndEnabled ? 0 : ADD_STAGE_WIDTH);
  const zoomControls = useMapZoomControls({ scrollerRef, prefs, onPrefs, canvasWidth });
  const prefsRef = useRef(prefs);
  prefsRef.current = prefs;
  const onLane = useCallback((lane: LaneKey, state: LaneState) => onPrefs({ ...prefsRef.current, lanes: { ...prefsRef.current.lanes, [lane]: state } }), [onPrefs]);
  const BODY_HEIGHT = geometry.height;
  const TOPS = geometry.tops as Record<LaneKey, number>;
  const HEIGHTS = geometry.heights as Record<LaneKey, number>;
  const emotionOpen = geometry.lanes.includes('emotion') && !geometry.collapsed.has('emotion');
  const openLanes = useMemo(() => [...geometry.lanes.filter((l) => !geometry.collapsed.has(l)), ...customLanes.map((l) => `custom:${l.key}`)], [geometry, customLanes]);
  useMapGridKeys({ scrollerRef, layout, lanes: openLanes, zoom });
  const [dragging, setDragging] = useState<DragItem | null>(null);
  const [dropX, setDropX] = useState<number | null>(null);
  const mapRef = useRef(map);
  mapRef.current = map;

  const touchpoints = useMemo(() => {
    const byId = new Map<string, MapTouchpoint>();
    for (const stage of map.stages) for (const tp of stage.touchpoints) byId.set(tp.id, tp);
    return byId;
  }, [map.stages]);

  const points = useMemo(() => curvePoints(layout.columns.map((c) => ({ id: c.touchpointId, emotion: touchpoints.get(c.touchpointId)?.emotion ?? 0, x: c.x + layout.columnWidth / 2 })), CURVE_BOX), [layout, touchpoints]);
  const measured = useMemo(() => (kpis.size ? measuredRuns(layout.columns.map((c) => ({ id: c.touchpointId, x: c.x + layout.columnWidth / 2 })), kpis, CURVE_BOX) : []), [layout, kpis]);

  const movedRef = useRef<string | null>(null);
  const onStep = useCallback(
    (id: string, direction: 'left' | 'right') => {
      const input = neighbourMove(stageOrder(mapRef.current), id, direction);
      if (input) {
        movedRef.current = id;
        void actions.moveTouchpoint(input);
      }
    },
    [actions],
  );
  /** The stages a card can move to, read when its menu opens (so columns need not re-render when a stage is renamed). */
  const stageChoices = useCallback((): StageChoice[] => mapRef.current.stages.map((s, i) => ({ id: s.id, name: s.name, index: i, count: s.touchpoints.length })), []);
  const onMoveToStage = useCallback(
    (id: string, stageId: string) => {
      const target = mapRef.current.stages.find((s) => s.id === stageId);
      if (target) {
        movedRef.current = id;
        void actions.moveTouchpoint({ id, toStageId: stageId, toPosition: target.touchpoints.length });
      }
    },
    [actions],
  );
  // Focus follows a card moved from its menu (the menu that had focus is gone).
  useEffect(() => {
    const id = movedRef.current;
    const root = scrollerRef.current;
    const column = id ? layout.columns.find((c) => c.touchpointId === id) : undefined;
    if (!id || !root || !column) return;
    movedRef.current = null;
    focusMovedCard(root, id, column.x, zoom);
  }, [layout, zoom]);

  /** What a screen reader hears while a card or stage is dragged: names and places, never ids. */
  const announcements = useMemo<Announcements>(() => {
    const nameOf = (data: unknown): string => {
      const d = data as { type?: string; touchpointId?: string; stageId?: string } | undefined;
      if (d?.touchpointId) return touchpoints.get(d.touchpointId)?.name ?? '';
      if (d?.stageId) return mapRef.current.stages.find((s) => s.id === d.stageId)?.name ?? '';
      return '';
    };
    return {
      onDragStart: ({ active }) => t('dnd.start', { name: nameOf(active.data.current) }),
      onDragOver: ({ active, over }) => (over ? t('dnd.over', { name: nameOf(active.data.current), target: nameOf(over.data.current) }) : t('dnd.outside', { name: nameOf(active.data.current) })),
      onDragEnd: ({ active, over }) => (over ? t('dnd.end', { name: nameOf(active.data.current), target: nameOf(over.data.current) }) : t('dnd.cancel', { name: nameOf(active.data.current) })),
      onDragCancel: ({ active }) => t('dnd.cancel', { name: nameOf(active.data.current) }),
    };
  }, [t, touchpoints]);
  const screenReaderInstructions = useMemo(() => ({ draggable: t('dnd.instructions') }), [t]);

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor));

  /** What a drop would do now: the move input and where to draw the insertion line. */
  const resolveDrop = (event: DragMoveEvent | DragEndEvent) => {
    const { active, over } = event;
    const item = active.data.current as { type: 'touchpoint'; touchpointId: string } | { type: 'stage'; stageId: string } | undefined;
    const target = over?.data.current as DropData | undefined;
    if (!item || !over || !target) return null;
    const rect = active.rect.current.translated;
    const centerX = rect ? rect.left + rect.width / 2 : over.rect.left;
    const side = dropSide(centerX, over.rect);
    if (item.type === 'touchpoint') {
      let drop: TouchpointDropTarget;
      let x: number | null = null;
      if (target.type === 'touchpoint') {
        drop = { kind: 'touchpoint', touchpointId: target.touchpointId, side };
        const column = layout.columns.find((c) => c.touchpointId === target.touchpointId);
        if (column) x = column.x + (side === 'after' ? layout.columnWidth : 0);
      } else {
        drop = { kind: 'stage', stageId: target.stageId };
        const stage = layout.stages.find((s) => s.stageId === target.stageId);
        if (stage) x = stage.columnCount === 0 ? stage.x + 4 : stage.x + stage.width;
      }
      return { kind: 'touchpoint' as const, input: touchpointMoveInput(stageOrder(map), item.touchpointId, drop), x };
    }
    if (target.type !== 'stage') return null;
    const stage = layout.stages.find((s) => s.stageId === target.stageId);
    const input = stageMoveInput(
      map.stages.map((s) => s.id),
      item.stageId,
      target.stageId,
      side,
    );
    return { kind: 'stage' as const, input, x: stage ? stage.x + (side === 'after' ? stage.width : 0) : null };
  };

  const onDragStart = (event: DragStartEvent) => {
    const data = event.active.data.current as { type: 'touchpoint'; touchpointId: string } | { type: 'stage'; stageId: string } | undefined;
    if (data?.type === 'touchpoint') setDragging({ type: 'touchpoint', id: data.touchpointId });
    else if (data?.type === 'stage') setDragging({ type: 'stage', id: data.stageId });
  };

  const onDragMove = (event: DragMoveEvent) => {
    const drop = resolveDrop(event);
    const x = drop?.input ? drop.x : null;
    setDropX((prev) => (prev === x ? prev : x));
  };

  const onDragEnd = (event: DragEndEvent) => {
    const drop = resolveDrop(event);
    setDragging(null);
    setDropX(null);
    if (!drop?.input) return;
    if (drop.kind === 'touchpoint' && 'toStageId' in drop.input) void actions.moveTouchpoint(drop.input);
    else if (drop.kind === 'stage') void actions.moveStage(drop.input);
  };

  const onDragCancel = () => {
    setDragging(null);
    setDropX(null);
  };

  const columns = renderAll ? layout.columns : layout.columns.slice(range.start, range.end);
  const activeColumn = dragging?.type === 'touchpoint' ? layout.columns.find((c) => c.touchpointId === dragging.id) : undefined;
  const mounted = activeColumn && !columns.includes(activeColumn) ? [...columns, activeColumn] : columns;
  // The add-stage slot is an editing affordance: not part of an exported picture.
  const trackWidth = layout.width + (readOnly || renderAll || !dndEnabled ? 0 : ADD_STAGE_WIDTH);
  const lastIndex = layout.columns.length - 1;
  const draggedTouchpoint = dragging?.type === 'touchpoint' ? touchpoints.get(dragging.id) : undefined;
  const draggedStage = dragging?.type === 'stage' ? map.stages.find((s) => s.id === dragging.id) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      autoScroll={AUTO_SCROLL}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions }}
    >
      <style>{MAP_CSS}</style>
      <MapViewToolbar controls={zoomControls} prefs={prefs} onPrefs={onPrefs} />
      <StageNavigator stages={map.stages} layout={layout} zoom={zoom} scrollerRef={scrollerRef} range={range} />
      <div
        ref={scrollerRef}
        className="jm-scroller"
        style={{ height: zoomControls.height }}
        data-testid="journey-map"
        data-dnd={dndEnabled && !readOnly ? 'on' : 'off'}
        data-zoom={zoom}
        data-density={prefs.density}
      >
        <div ref={canvasRef} className={`jm-canvas${prefs.density === 'compact' && !renderAll ? ' jm-compact' : ''}`} style={{ width: LANE_HEADER_WIDTH + trackWidth, zoom: zoom === 1 ? undefined : zoom }} data-testid="journey-map-canvas">
          <LaneHeaders geometry={geometry} onLane={renderAll ? undefined : onLane}>
            <CustomLaneLabels lanes={customLanes} />
          </LaneHeaders>
          <div className="jm-track" style={{ width: trackWidth }}>
            <div className="jm-stage-band" style={{ height: STAGE_HEADER_HEIGHT, width: trackWidth }}>
              {layout.stages.map((s) => {
                const stage = map.stages[s.index];
                return stage ? <StageHeader key={s.stageId} stage={stage} x={s.x} width={s.width} index={s.index} count={s.columnCount} /> : null;
              })}
              {readOnly || renderAll || !dndEnabled ? null : (
                <div className="jm-add-stage" style={{ left: layout.width, width: ADD_STAGE_WIDTH }} data-export-ignore>
                  <AddStageButton />
                </div>
              )}
            </div>
            <div className="jm-body" style={{ height: BODY_HEIGHT, width: trackWidth }}>
              {layout.stages.map((s) => (
                <div key={s.stageId} className={`jm-stage-bg${s.index % 2 ? ' odd' : ''}`} style={{ left: s.x, width: s.width }} />
              ))}
              {geometry.lanes.map((lane) => (
                <div key={lane} className="jm-lane-line" style={{ top: TOPS[lane] + HEIGHTS[lane] - 1 }} />
              ))}
              {emotionOpen ? (
                <div style={{ position: 'absolute', left: 0, top: TOPS.emotion, width: layout.width, height: CURVE_BOX.height, zIndex: 1 }}>
                  <EmotionCurve points={points} measured={measured} width={Math.max(1, layout.width)} height={CURVE_BOX.height} zeroY={emotionY(0, CURVE_BOX)} topY={emotionY(3, CURVE_BOX)} bottomY={emotionY(-3, CURVE_BOX)} />
                </div>
              ) : null}
              {layout.stages
                .filter((s) => s.columnCount === 0)
                .map((s) => (
                  <EmptyStageSlot key={s.stageId} stageId={s.stageId} x={s.x} width={s.width} height={BODY_HEIGHT} />
                ))}
              {mounted.map((c) => {
                const tp = touchpoints.get(c.touchpointId);
                return tp ? (
                  <TouchpointColumn
                    key={c.touchpointId}
                    touchpoint={tp}
                    kpis={kpis.get(c.touchpointId)}
                    x={c.x}
                    width={layout.columnWidth}
                    index={c.index}
                    first={c.index === 0}
                    last={c.index === lastIndex}
                    onStep={onStep}
                    geometry={geometry}
                    stageChoices={stageChoices}
                    onMoveToStage={onMoveToStage}
                    customLanes={customLanes}
                    customTop={builtIn.height}
                  />
                ) : null;
              })}
              {dropX !== null ? <div className="jm-drop-line" style={{ left: dropX, height: BODY_HEIGHT }} data-testid="drop-indicator" /> : null}
            </div>
          </div>
        </div>
      </div>
      {renderAll ? null : <EmotionTable stages={map.stages} />}
      <DragOverlay dropAnimation={null}>
        {draggedTouchpoint ? <TouchpointDragPreview touchpoint={draggedTouchpoint} /> : draggedStage ? <div className="jm-stage jm-stage-overlay">{draggedStage.name}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
