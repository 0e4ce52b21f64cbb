/** Rows of the map, top to bottom; the first is the touchpoint cards themselves. */
export const LANES = ['touchpoint', 'action', 'thought', 'expectation', 'emotion', 'painPoints', 'opportunities', 'metrics', 'owner'] as const;
export type LaneKey = (typeof LANES)[number];

/** Fixed lane heights keep every column aligned without measuring (cells scroll inside when full). */
export const LANE_HEIGHTS: Readonly<Record<LaneKey, number>> = {
  touchpoint: 140,
  action: 84,
  thought: 84,
  expectation: 84,
  emotion: 168,
  painPoints: 120,
  opportunities: 104,
  metrics: 84,
  owner: 52,
};

export const COLUMN_WIDTH = 200;
export const LANE_HEADER_WIDTH = 148;
/** Two lines of stage name (clipped, full name in a tooltip) above the count and the stage's buttons. */
export const STAGE_HEADER_HEIGHT = 80;
/** Width of the trailing "add stage" slot shown to editors. */
export const ADD_STAGE_WIDTH = 168;

export interface LayoutColumn {
  touchpointId: string;
  stageId: string;
  /** Position in map order (all stages, left to right). */
  index: number;
  indexInStage: number;
  x: number;
}

export interface LayoutStage {
  stageId: string;
  index: number;
  x: number;
  width: number;
  /** Index of the stage's first column in `columns` (its count is `columnCount`). */
  firstColumn: number;
  columnCount: number;
}

export interface MapLayout {
  columns: LayoutColumn[];
  stages: LayoutStage[];
  columnWidth: number;
  /** Width of the stage/touchpoint area (without the lane headers and the add-stage slot). */
  width: number;
}

interface StageShape {
  id: string;
  touchpoints: readonly { id: string }[];
}

/** Column positions: one column per touchpoint in map order; an empty stage keeps one empty slot. */
export function computeLayout(stages: readonly StageShape[], columnWidth = COLUMN_WIDTH): MapLayout {
  const columns: LayoutColumn[] = [];
  const out: LayoutStage[] = [];
  let x = 0;
  stages.forEach((stage, stageIndex) => {
    const firstColumn = columns.length;
    stage.touchpoints.forEach((tp, indexInStage) => {
      columns.push({ touchpointId: tp.id, stageId: stage.id, index: columns.length, indexInStage, x: x + indexInStage * columnWidth });
    });
    const width = Math.max(1, stage.touchpoints.length) * columnWidth;
    out.push({ stageId: stage.id, index: stageIndex, x, width, firstColumn, columnCount: stage.touchpoints.length });
    x += width;
  });
  return { columns, stages: out, columnWidth, width: x };
}

/**
 * The columns worth rendering for a horizontal scroll position: [start, end) indices into
 * `layout.columns`. `scrollLeft`/`viewportWidth` are in track coordinates; `overscan` pixels
 * either side keep fast scrolling from showing blanks.
 */
export function visibleColumnRange(layout: MapLayout, scrollLeft: number, viewportWidth: number, overscan = 600): { start: number; end: number } {
  const { columns, columnWidth } = layout;
  if (columns.length === 0) return { start: 0, end: 0 };
  const from = scrollLeft - overscan;
  const to = scrollLeft + viewportWidth + overscan;
  // First column whose right edge is past `from` (columns are sorted by x).
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (columns[mid].x + columnWidth <= from) lo = mid + 1;
    else hi = mid;
  }
  const start = lo;
  hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (columns[mid].x < to) lo = mid + 1;
    else hi = mid;
  }
  return { start, end: Math.max(start, lo) };
}

/** Top of each lane below the stage header band, and the total body height. */
export function laneTops(lanes: readonly LaneKey[] = LANES): { tops: Record<LaneKey, number>; height: number } {
  const tops = {} as Record<LaneKey, number>;
  let y = 0;
  for (const lane of lanes) {
    tops[lane] = y;
    y += LANE_HEIGHTS[lane];
  }
  return { tops, height: y };
}
