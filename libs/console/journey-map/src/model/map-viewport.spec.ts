import { LANE_HEIGHTS } from './map-layout';
import { COLLAPSED_LANE_HEIGHT, clampZoom, fitZoom, laneGeometry, parseViewPrefs, stepZoom } from './map-viewport';

describe('zoom', () => {
  it('steps to the neighbouring level, also from a fitted zoom between levels, and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.56, 1)).toBe(0.67);
    expect(stepZoom(0.56, -1)).toBe(0.5);
    expect(stepZoom(1.5, 1)).toBe(1.5);
    expect(stepZoom(0.25, -1)).toBe(0.25);
  });

  it('fits the map width into the viewport without enlarging a small map', () => {
    // 12 stages of one 200 px card plus the 148 px lane labels = 2548 px into 1400 px: 0.549… → 0.54.
    expect(fitZoom(1400, 12 * 200 + 148)).toBe(0.54);
    expect(fitZoom(1400, 900)).toBe(1);
    expect(fitZoom(100, 100000)).toBe(0.25);
  });

  it('clamps stored values', () => {
    expect(clampZoom(7)).toBe(1.5);
    expect(clampZoom(Number.NaN)).toBe(1);
  });
});

describe('laneGeometry', () => {
  it('stacks the shown lanes, thin when collapsed, and leaves hidden ones out', () => {
    const g = laneGeometry({ action: 'collapsed', thought: 'hidden', touchpoint: 'hidden' });
    expect(g.lanes[0]).toBe('touchpoint'); // the cards cannot be hidden
    expect(g.lanes).not.toContain('thought');
    expect(g.tops.action).toBe(LANE_HEIGHTS.touchpoint);
    expect(g.tops.expectation).toBe(LANE_HEIGHTS.touchpoint + COLLAPSED_LANE_HEIGHT);
    const all = Object.values(LANE_HEIGHTS).reduce((a, b) => a + b, 0);
    expect(g.height).toBe(all - LANE_HEIGHTS.thought - LANE_HEIGHTS.action + COLLAPSED_LANE_HEIGHT);
    expect([...g.collapsed]).toEqual(['action']);
  });
});

describe('parseViewPrefs', () => {
  it('keeps valid choices and drops the rest', () => {
    expect(parseViewPrefs(JSON.stringify({ zoom: 0.5, density: 'compact', lanes: { owner: 'hidden', touchpoint: 'hidden', metrics: 'weird' } }))).toEqual({ zoom: 0.5, density: 'compact', lanes: { owner: 'hidden' } });
    expect(parseViewPrefs('{not json')).toEqual({ zoom: 1, density: 'comfortable', lanes: {} });
    expect(parseViewPrefs(null).zoom).toBe(1);
  });
});
