import { metricTargetRange } from './metric-target-range';

describe('metricTargetRange', () => {
  it('targets NPS as a score from -100 to 100', () => {
    expect(metricTargetRange({ kind: 'nps', scale: { min: 0, max: 10 } })).toEqual({ min: -100, max: 100 });
  });

  it.each(['csat', 'ces', 'rate'] as const)('targets %s in percent', (kind) => {
    expect(metricTargetRange({ kind, scale: { min: 0, max: 1 } })).toEqual({ min: 0, max: 100 });
  });

  it('targets durations and numbers in their own scale', () => {
    expect(metricTargetRange({ kind: 'duration', scale: { min: 0, max: 720 } })).toEqual({ min: 0, max: 720 });
    expect(metricTargetRange({ kind: 'numeric', scale: { min: -5, max: 5 } })).toEqual({ min: -5, max: 5 });
  });
});
