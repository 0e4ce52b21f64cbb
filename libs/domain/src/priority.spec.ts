import { priority, priorityGap } from './priority';

describe('priority = importance × gap × reach ÷ effort', () => {
  it('hand-computed', () => {
    // CSAT 62 % against a target of 80 % on a 0–100 scale: gap .18; importance .4, reach .5, effort 2
    expect(priority({ importance: 0.4, current: 62, target: 80, scaleWidth: 100, direction: 'higher_is_better', reach: 0.5, effort: 2 })).toBeCloseTo((0.4 * 0.18 * 0.5) / 2, 12);
    // NPS 10 vs target 30 on −100…100: gap 20/200
    expect(priority({ importance: 1, current: 10, target: 30, scaleWidth: 200, direction: 'higher_is_better', reach: 1, effort: 1 })).toBeCloseTo(0.1, 12);
  });

  it('no gap when on target, either direction', () => {
    expect(priorityGap(85, 80, 100, 'higher_is_better')).toBe(0);
    expect(priorityGap(30, 60, 1440, 'lower_is_better')).toBe(0);
    expect(priorityGap(90, 60, 120, 'lower_is_better')).toBeCloseTo(0.25, 12);
    expect(priorityGap(null, 60, 100, 'higher_is_better')).toBe(0);
  });

  it('rejects an effort outside 1–5', () => {
    expect(() => priority({ importance: 1, current: 1, target: 2, scaleWidth: 1, direction: 'higher_is_better', reach: 1, effort: 0 })).toThrow(/effort/);
  });
});
