import { computeLayout, laneTops, LANE_HEIGHTS, LANES, visibleColumnRange } from './map-layout';

const stages = (counts: number[]) => counts.map((count, s) => ({ id: `s${s}`, touchpoints: Array.from({ length: count }, (_, t) => ({ id: `s${s}t${t}` })) }));

describe('computeLayout', () => {
  it('lays touchpoints out left to right in map order, stage after stage', () => {
    const layout = computeLayout(stages([2, 0, 3]), 100);
    expect(layout.columns.map((c) => [c.touchpointId, c.stageId, c.index, c.indexInStage, c.x])).toEqual([
      ['s0t0', 's0', 0, 0, 0],
      ['s0t1', 's0', 1, 1, 100],
      ['s2t0', 's2', 2, 0, 300],
      ['s2t1', 's2', 3, 1, 400],
      ['s2t2', 's2', 4, 2, 500],
    ]);
    // The empty stage keeps one slot so it can be seen, named and dropped on.
    expect(layout.stages.map((s) => [s.stageId, s.x, s.width, s.firstColumn, s.columnCount])).toEqual([
      ['s0', 0, 200, 0, 2],
      ['s1', 200, 100, 2, 0],
      ['s2', 300, 300, 2, 3],
    ]);
    expect(layout.width).toBe(600);
  });

  it('handles a map without stages', () => {
    expect(computeLayout([])).toMatchObject({ columns: [], stages: [], width: 0 });
  });
});

describe('visibleColumnRange', () => {
  const layout = computeLayout(stages([50, 50, 50, 50]), 200); // 200 columns, 40,000 px

  it('renders only the columns near the viewport', () => {
    const { start, end } = visibleColumnRange(layout, 10_000, 1_000, 0);
    expect(start).toBe(50);
    expect(end).toBe(55);
    expect(end - start).toBeLessThan(10);
  });

  it('includes partly visible columns and the overscan', () => {
    expect(visibleColumnRange(layout, 10_100, 1_000, 0)).toEqual({ start: 50, end: 56 });
    expect(visibleColumnRange(layout, 10_000, 1_000, 400)).toEqual({ start: 48, end: 57 });
  });

  it('clamps at both ends', () => {
    expect(visibleColumnRange(layout, 0, 1_000, 600)).toEqual({ start: 0, end: 8 });
    expect(visibleColumnRange(layout, 39_500, 1_000, 600)).toEqual({ start: 194, end: 200 });
    expect(visibleColumnRange(computeLayout([]), 0, 1_000)).toEqual({ start: 0, end: 0 });
  });
});

describe('laneTops', () => {
  it('stacks the lanes with their fixed heights', () => {
    const { tops, height } = laneTops();
    expect(tops.touchpoint).toBe(0);
    expect(tops.action).toBe(LANE_HEIGHTS.touchpoint);
    expect(height).toBe(LANES.reduce((sum, lane) => sum + LANE_HEIGHTS[lane], 0));
  });
});
