'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Button, Checkbox, Flex, Popover, Segmented, Space, Tooltip } from 'antd';
import { BarsOutlined, CompressOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { LANES, type LaneKey, type MapLayout } from '../model/map-layout';
import { clampZoom, FIXED_LANES, fitZoom, stepZoom, type Density, type MapViewPrefs } from '../model/map-viewport';
import type { MapStage } from '../model/types';
import { STAGE_COLORS } from './stage-header';

const EDITABLE = 'input, textarea, select, [contenteditable="true"], [role="combobox"], [role="slider"]';

/** Space the map keeps below itself in the window (the page's bottom padding). */
const BOTTOM_GAP = 16;
const MIN_HEIGHT = 360;

export interface MapZoomControls {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  fit(): void;
  /** The map's height: it fills the window below its top, so the page does not scroll as well. */
  height: number | undefined;
}

/**
 * Zoom for the map: buttons, Ctrl/⌘ + wheel over the map, and the keys + − 0 anywhere on the page
 * outside a text field. Zooming keeps the middle of what is shown in the middle.
 */
export function useMapZoomControls({ scrollerRef, prefs, onPrefs, canvasWidth }: { scrollerRef: RefObject<HTMLDivElement | null>; prefs: MapViewPrefs; onPrefs: (next: MapViewPrefs) => void; canvasWidth: number }): MapZoomControls {
  const state = useRef({ prefs, onPrefs, canvasWidth });
  state.current = { prefs, onPrefs, canvasWidth };
  const [height, setHeight] = useState<number | undefined>(undefined);

  const setZoom = useCallback(
    (next: number, keepScroll = true) => {
      const { prefs: current, onPrefs: set } = state.current;
      const zoom = clampZoom(next);
      if (zoom === current.zoom) return;
      const el = scrollerRef.current;
      const centre = el ? (el.scrollLeft + el.clientWidth / 2) / current.zoom : 0;
      set({ ...current, zoom });
      if (el) requestAnimationFrame(() => (el.scrollLeft = keepScroll ? Math.max(0, centre * zoom - el.clientWidth / 2) : 0));
    },
    [scrollerRef],
  );
  const zoomIn = useCallback(() => setZoom(stepZoom(state.current.prefs.zoom, 1)), [setZoom]);
  const zoomOut = useCallback(() => setZoom(stepZoom(state.current.prefs.zoom, -1)), [setZoom]);
  const reset = useCallback(() => setZoom(1), [setZoom]);
  const fit = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    // The scrollbar and border take a few pixels of the box.
    setZoom(fitZoom(el.clientWidth - 2, state.current.canvasWidth), false);
  }, [scrollerRef, setZoom]);

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest?.(EDITABLE) || target?.closest?.('.ant-modal, .ant-drawer, .ant-popover, .ant-dropdown')) return;
      if (event.key === '+' || event.key === '=') zoomIn();
      else if (event.key === '-' || event.key === '_') zoomOut();
      else if (event.key === '0') reset();
      else return;
      event.preventDefault();
    },
    [zoomIn, zoomOut, reset],
  );

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [onKey]);

  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      setZoom(stepZoom(state.current.prefs.zoom, e.deltaY < 0 ? 1 : -1));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    let frame = 0;
    let measuredTop = Number.NaN;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      measuredTop = top;
      const height = Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP));
      setHeight(height);
      // Whatever the page puts below the map (padding, footer) must fit too: take it off the map.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const extra = (document.scrollingElement?.scrollHeight ?? 0) - window.innerHeight;
        if (extra > 0) setHeight(Math.max(MIN_HEIGHT, height - extra));
      });
    };
    measure();
    window.addEventListener('resize', measure);
    // Something shown above the map (a persona's card, a notice) moves it down: fit it again, so the page
    // itself never scrolls. Only a move of the map's top re-measures (its own new height does not).
    const moved = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      if (el.getBoundingClientRect().top + window.scrollY !== measuredTop) measure();
    });
    moved?.observe(el.closest('[data-testid="journey-map-screen"]') ?? document.body);
    return () => {
      el.removeEventListener('wheel', onWheel);
      window.removeEventListener('resize', measure);
      moved?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollerRef, setZoom]);

  return { zoomIn, zoomOut, reset, fit, height };
}

/** Zoom, fit-to-screen, card density and which lanes show. */
export function MapViewToolbar({ controls, prefs, onPrefs }: { controls: MapZoomControls; prefs: MapViewPrefs; onPrefs: (next: MapViewPrefs) => void }) {
  const t = useTranslations('journeyMap.view');
  const tl = useTranslations('journeyMap.lanes');
  const percent = Math.round(prefs.zoom * 100);
  const hideable = LANES.filter((l) => !FIXED_LANES.includes(l));
  const hidden = hideable.filter((l) => prefs.lanes[l] === 'hidden');
  return (
    <Flex gap={8} align="center" wrap data-testid="map-view-toolbar" data-export-ignore>
      <Space.Compact>
        <Tooltip title={t('zoomOut')}>
          <Button icon={<ZoomOutOutlined />} onClick={controls.zoomOut} aria-label={t('zoomOut')} data-testid="zoom-out" />
        </Tooltip>
        <Tooltip title={t('resetZoom')}>
          <Button onClick={controls.reset} aria-label={`${percent}% · ${t('resetZoom')}`} data-testid="zoom-level" style={{ minWidth: 64, fontVariantNumeric: 'tabular-nums' }}>
            {percent}%
          </Button>
        </Tooltip>
        <Tooltip title={t('zoomIn')}>
          <Button icon={<ZoomInOutlined />} onClick={controls.zoomIn} aria-label={t('zoomIn')} data-testid="zoom-in" />
        </Tooltip>
      </Space.Compact>
      <Button icon={<CompressOutlined />} onClick={controls.fit} data-testid="zoom-fit">
        {t('fit')}
      </Button>
      <Segmented<Density>
        value={prefs.density}
        onChange={(density) => onPrefs({ ...prefs, density })}
        options={[
          { value: 'comfortable', label: t('comfortable') },
          { value: 'compact', label: t('compact') },
        ]}
        aria-label={t('density')}
        data-testid="map-density"
      />
      <Popover
        trigger="click"
        title={t('lanes')}
        content={
          <Flex vertical gap={4} data-testid="lane-visibility">
            {hideable.map((lane: LaneKey) => (
              <Checkbox
                key={lane}
                checked={prefs.lanes[lane] !== 'hidden'}
                onChange={(e) => onPrefs({ ...prefs, lanes: { ...prefs.lanes, [lane]: e.target.checked ? 'open' : 'hidden' } })}
                data-testid="lane-visibility-toggle"
                data-lane={lane}
              >
                {tl(lane)}
              </Checkbox>
            ))}
          </Flex>
        }
      >
        <Button icon={<BarsOutlined />} data-testid="lanes-menu">
          {hidden.length ? t('lanesHidden', { count: hidden.length }) : t('lanes')}
        </Button>
      </Popover>
      <span className="jm-view-hint">{t('shortcuts')}</span>
    </Flex>
  );
}

/** One button per stage: shows which stages are on screen and jumps to any of them. */
export function StageNavigator({ stages, layout, zoom, scrollerRef, range }: { stages: readonly MapStage[]; layout: MapLayout; zoom: number; scrollerRef: RefObject<HTMLDivElement | null>; range: { start: number; end: number } }) {
  const t = useTranslations('journeyMap.view');
  const [view, setView] = useState({ left: 0, right: Number.POSITIVE_INFINITY });
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const update = () => setView({ left: el.scrollLeft / zoom, right: (el.scrollLeft + el.clientWidth) / zoom - 148 });
    update();
    el.addEventListener('scroll', update, { passive: true });
    return () => el.removeEventListener('scroll', update);
  }, [scrollerRef, zoom, range]);
  return (
    <nav className="jm-navigator" aria-label={t('navigator')} data-testid="stage-navigator" data-export-ignore>
      {layout.stages.map((s) => {
        const stage = stages[s.index];
        if (!stage) return null;
        const visible = s.x + s.width > view.left && s.x < view.right;
        return (
          <button
            key={s.stageId}
            type="button"
            className={`jm-nav-stage${visible ? ' on' : ''}`}
            style={{ borderTopColor: STAGE_COLORS[s.index % STAGE_COLORS.length] }}
            aria-current={visible ? 'location' : undefined}
            title={stage.name}
            onClick={() => scrollerRef.current?.scrollTo({ left: s.x * zoom })}
            data-testid="stage-navigator-item"
            data-stage-id={s.stageId}
          >
            <span className="jm-nav-index">{s.index + 1}</span>
            <span className="jm-nav-name">{stage.name}</span>
          </button>
        );
      })}
    </nav>
  );
}
