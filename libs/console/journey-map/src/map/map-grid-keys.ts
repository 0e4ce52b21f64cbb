'use client';

import { useEffect, type RefObject } from 'react';
import type { MapLayout } from '../model/map-layout';

/**
 * The map as one Tab stop with arrow keys between cells (the WAI-ARIA grid pattern, roving tabindex):
 * a cell is a stage header or one lane of one touchpoint column. The active cell's controls stay in
 * the Tab order (so Tab reaches a card's menu, star and delete), every other cell's controls are
 * taken out of it. Arrow keys move between cells: left/right to the same lane of the neighbouring
 * column (or stage), up/down between lanes, up from a card to its stage's header. Enter edits
 * (EditableText), Escape returns from the editor to its cell (EditableText refocuses itself).
 *
 * Columns far from the viewport are not mounted; moving to one scrolls it into view first.
 */
const CELL = '.jm-stage, .jm-column .jm-cell';
const FOCUSABLE = 'button, [tabindex], input, textarea, a[href]';
/**
 * What gets focus when a cell is entered, in order of preference: its editable text first (names,
 * lane text), else its first control. Tried one selector at a time: a selector list would return the
 * first match in document order, which on a card is its drag handle, not its name.
 */
const PRIMARY = ['[data-testid="touchpoint-name"]', '[data-testid="stage-name"]', '.jm-editable', 'button', '[tabindex]'];

function cellOf(el: Element | null): HTMLElement | null {
  return (el?.closest(CELL) as HTMLElement | null) ?? null;
}

export function primaryOf(cell: HTMLElement): HTMLElement | null {
  for (const selector of PRIMARY) {
    const found = cell.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Where a cell is: a stage header (by stage id) or a column's lane (by map-order index). */
type CellAddress = { kind: 'stage'; stageId: string } | { kind: 'lane'; index: number; lane: string };

function addressOf(cell: HTMLElement): CellAddress | null {
  if (cell.classList.contains('jm-stage')) {
    const stageId = cell.dataset.stageId;
    return stageId ? { kind: 'stage', stageId } : null;
  }
  const column = cell.closest<HTMLElement>('.jm-column');
  const index = Number(column?.dataset.index);
  const lane = cell.dataset.lane;
  return column && lane && Number.isFinite(index) ? { kind: 'lane', index, lane } : null;
}

/** The cell an arrow key leads to, as an address (the target may not be mounted yet). */
export function nextCell(layout: MapLayout, lanes: readonly string[], from: CellAddress, key: string): CellAddress | null {
  if (from.kind === 'stage') {
    const i = layout.stages.findIndex((s) => s.stageId === from.stageId);
    if (i < 0) return null;
    const neighbour = key === 'ArrowLeft' ? layout.stages[i - 1] : key === 'ArrowRight' ? layout.stages[i + 1] : undefined;
    if (key === 'ArrowLeft' || key === 'ArrowRight') return neighbour ? { kind: 'stage', stageId: neighbour.stageId } : null;
    if (key === 'ArrowDown') {
      const first = layout.columns.find((c) => c.stageId === from.stageId);
      return first && lanes[0] ? { kind: 'lane', index: first.index, lane: lanes[0] } : null;
    }
    return null;
  }
  const laneAt = lanes.indexOf(from.lane);
  if (key === 'ArrowLeft') return from.index > 0 ? { ...from, index: from.index - 1 } : null;
  if (key === 'ArrowRight') return from.index < layout.columns.length - 1 ? { ...from, index: from.index + 1 } : null;
  if (key === 'ArrowDown') {
    const below = laneAt >= 0 ? lanes[laneAt + 1] : undefined;
    return below ? { ...from, lane: below } : null;
  }
  if (key === 'ArrowUp') {
    const above = laneAt > 0 ? lanes[laneAt - 1] : undefined;
    if (above) return { ...from, lane: above };
    const column = layout.columns[from.index];
    return column ? { kind: 'stage', stageId: column.stageId } : null;
  }
  if (key === 'Home') return { ...from, index: 0 };
  if (key === 'End') return { ...from, index: layout.columns.length - 1 };
  return null;
}

function findCell(root: HTMLElement, to: CellAddress): HTMLElement | null {
  if (to.kind === 'stage') return root.querySelector<HTMLElement>(`.jm-stage[data-stage-id="${CSS.escape(to.stageId)}"]`);
  return root.querySelector<HTMLElement>(`.jm-column[data-index="${to.index}"] .jm-cell[data-lane="${CSS.escape(to.lane)}"]`);
}

/** Only the active cell's controls are in the Tab order. */
function applyRoving(root: HTMLElement, active: HTMLElement | null) {
  for (const cell of root.querySelectorAll<HTMLElement>(CELL)) {
    const on = cell === active;
    for (const el of cell.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      if (on) {
        if (el.dataset.roving === 'off') {
          el.setAttribute('tabindex', el.dataset.rovingTabindex ?? '0');
          delete el.dataset.roving;
        }
      } else if (el.dataset.roving !== 'off' && el.getAttribute('tabindex') !== '-1') {
        el.dataset.rovingTabindex = el.getAttribute('tabindex') ?? '0';
        el.dataset.roving = 'off';
        el.setAttribute('tabindex', '-1');
      }
    }
  }
}

export function useMapGridKeys({ scrollerRef, layout, lanes, zoom }: { scrollerRef: RefObject<HTMLDivElement | null>; layout: MapLayout; lanes: readonly string[]; zoom: number }) {
  useEffect(() => {
    const root = scrollerRef.current;
    if (!root) return;
    let active: HTMLElement | null = null;
    let frame = 0;
    const firstCell = () => root.querySelector<HTMLElement>('.jm-column .jm-cell[data-lane="touchpoint"]') ?? root.querySelector<HTMLElement>('.jm-stage');
    const sync = () => {
      frame = 0;
      if (!active || !active.isConnected) active = firstCell();
      applyRoving(root, active);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(sync);
    };
    const focusCell = (cell: HTMLElement) => {
      active = cell;
      applyRoving(root, active);
      const target = primaryOf(cell);
      if (target) target.focus();
      else {
        // A cell with nothing to edit (read-only, metrics) still takes focus, so reading by arrow keys works.
        if (!cell.hasAttribute('tabindex')) cell.setAttribute('tabindex', '-1');
        cell.focus();
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      const cell = cellOf(e.target as Element);
      if (cell && cell !== active) {
        active = cell;
        applyRoving(root, active);
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
      const target = e.target as HTMLElement;
      // Arrow keys belong to editors and pickers while they are in use.
      if (target.closest('.jm-handle, input, textarea, [role="combobox"], [role="slider"], [role="radiogroup"], [role="menu"], .ant-select')) return;
      const cell = cellOf(target);
      const from = cell ? addressOf(cell) : null;
      if (!from) return;
      const to = nextCell(layout, lanes, from, e.key);
      if (!to) return;
      e.preventDefault();
      const found = findCell(root, to);
      if (found) {
        focusCell(found);
        return;
      }
      // Not mounted: scroll the column (or stage) into view, then focus it once it has rendered.
      const x = to.kind === 'stage' ? layout.stages.find((s) => s.stageId === to.stageId)?.x : layout.columns[to.index]?.x;
      if (x === undefined) return;
      root.scrollLeft = Math.max(0, x * zoom - root.clientWidth / 3);
      let tries = 0;
      const retry = () => {
        const cellNow = findCell(root, to);
        if (cellNow) focusCell(cellNow);
        else if (tries++ < 20) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    sync();
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollerRef, layout, lanes, zoom]);
}

/**
 * After a card moves (menu, "Move to stage…"), focus follows it: its column is scrolled into view
 * (far columns are not mounted) and its name takes focus once rendered, so the keyboard user is not
 * left on the page body.
 */
export function focusMovedCard(root: HTMLElement, touchpointId: string, x: number, zoom: number): void {
  const selector = `.jm-column[data-touchpoint-id="${CSS.escape(touchpointId)}"] [data-testid="touchpoint-name"]`;
  const left = Math.max(0, x * zoom - root.clientWidth / 3);
  if (Math.abs(root.scrollLeft - left) > root.clientWidth / 2) root.scrollLeft = left;
  let tries = 0;
  const attempt = () => {
    const name = root.querySelector<HTMLElement>(selector);
    if (name) name.focus();
    else if (tries++ < 60) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
