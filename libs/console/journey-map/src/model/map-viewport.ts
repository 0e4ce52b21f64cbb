import { COLUMN_WIDTH, LANE_HEIGHTS, LANES, type LaneKey } from './map-layout';

/** Zoom levels the buttons and keys step through; fit-to-screen may land between them. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));
}

/** The next zoom step in a direction from any zoom (also from a fitted one between steps). */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 0.001) ?? MIN_ZOOM;
}

/**
 * The zoom that shows the whole map width in the viewport (never above 100 %: a small map is not
 * blown up). Rounded down so rounding never leaves the last stage a few pixels off-screen.
 */
export function fitZoom(viewportWidth: number, canvasWidth: number): number {
  if (viewportWidth <= 0 || canvasWidth <= 0) return 1;
  const fit = Math.floor((viewportWidth / canvasWidth) * 100) / 100;
  return Math.min(1, Math.max(MIN_ZOOM, fit));
}

export type Density = 'comfortable' | 'compact';
/** Compact cards are narrower, so more of the journey fits at the same zoom. */
export const COLUMN_WIDTHS: Readonly<Record<Density, number>> = { comfortable: COLUMN_WIDTH, compact: 156 };

export type LaneState = 'open' | 'collapsed' | 'hidden';
/** A collapsed lane keeps a thin row with its label, so it is easy to open again. */
export const COLLAPSED_LANE_HEIGHT = 30;
/** Lanes that cannot be hidden: the cards themselves. */
export const FIXED_LANES: readonly LaneKey[] = ['touchpoint'];

export interface LaneGeometry {
  /** The lanes shown, top to bottom. */
  lanes: LaneKey[];
  tops: Partial<Record<LaneKey, number>>;
  heights: Partial<Record<LaneKey, number>>;
  collapsed: ReadonlySet<LaneKey>;
  height: number;
}

/** Where each shown lane sits, given which lanes are collapsed or hidden. */
export function laneGeometry(states: Partial<Record<LaneKey, LaneState>>): LaneGeometry {
  const lanes: LaneKey[] = [];
  const tops: Partial<Record<LaneKey, number>> = {};
  const heights: Partial<Record<LaneKey, number>> = {};
  const collapsed = new Set<LaneKey>();
  let y = 0;
  for (const lane of LANES) {
    const state = FIXED_LANES.includes(lane) ? 'open' : (states[lane] ?? 'open');
    if (state === 'hidden') continue;
    const h = state === 'collapsed' ? COLLAPSED_LANE_HEIGHT : LANE_HEIGHTS[lane];
    if (state === 'collapsed') collapsed.add(lane);
    lanes.push(lane);
    tops[lane] = y;
    heights[lane] = h;
    y += h;
  }
  return { lanes, tops, heights, collapsed, height: y };
}

/** What a person chose for how they look at one journey; kept in the browser per user and journey. */
export interface MapViewPrefs {
  zoom: number;
  density: Density;
  lanes: Partial<Record<LaneKey, LaneState>>;
}

export const DEFAULT_VIEW_PREFS: MapViewPrefs = { zoom: 1, density: 'comfortable', lanes: {} };

export function viewPrefsKey(userId: string, journeyId: string): string {
  return `opencx.journeyMap.view.${userId}.${journeyId}`;
}

/** Reads stored preferences defensively: anything unknown or malformed falls back to the default. */
export function parseViewPrefs(raw: string | null): MapViewPrefs {
  if (!raw) return DEFAULT_VIEW_PREFS;
  try {
    const value = JSON.parse(raw) as Partial<MapViewPrefs>;
    const lanes: Partial<Record<LaneKey, LaneState>> = {};
    for (const lane of LANES) {
      const s = value.lanes?.[lane];
      if ((s === 'collapsed' || s === 'hidden') && !FIXED_LANES.includes(lane)) lanes[lane] = s;
    }
    return {
      zoom: typeof value.zoom === 'number' ? clampZoom(value.zoom) : 1,
      density: value.density === 'compact' ? 'compact' : 'comfortable',
      lanes,
    };
  } catch {
    return DEFAULT_VIEW_PREFS;
  }
}
