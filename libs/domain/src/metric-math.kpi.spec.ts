import { DURATION_BUCKET_LOWER_BOUNDS, kpiStatus, percentileFromHistogram } from './metric-math';

describe('percentiles from the duration histogram', () => {
  const counts = (entries: Record<number, number>) => DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => entries[k] ?? 0);

  it('interpolates inside the bucket holding the rank', () => {
    // 10 values: 4 in [0,1), 4 in [10,15), 2 in [60,120). p50: rank 5 → 1 of 4 into [10,15) → 10 + 1/4·5 = 11.25
    const h = counts({ 0: 4, 4: 4, 7: 2 });
    expect(percentileFromHistogram(h, 0.5)).toBeCloseTo(11.25, 10);
    // p90: rank 9 → 1 of 2 into [60,120) → 60 + 1/2·60 = 90
    expect(percentileFromHistogram(h, 0.9)).toBeCloseTo(90, 10);
    // p40: rank 4 is the top of the first bucket → 0 + 4/4·1 = 1
    expect(percentileFromHistogram(h, 0.4)).toBeCloseTo(1, 10);
  });

  it('answers the lower bound in the open last bucket and is absent without data', () => {
    expect(percentileFromHistogram(counts({ 14: 3 }), 0.5)).toBe(10080);
    expect(percentileFromHistogram(counts({}), 0.5)).toBeNull();
  });
});

describe('KPI status', () => {
  it('has no data at n = 0 and a low sample below 30, whatever the value', () => {
    expect(kpiStatus(null, 0, 30, 0, 'higher_is_better')).toBe('NO_DATA');
    expect(kpiStatus(-80, 29, 30, 0, 'higher_is_better')).toBe('LOW_SAMPLE');
  });

  it('judges against target and warning threshold in the metric direction', () => {
    expect(kpiStatus(30, 30, 30, 0, 'higher_is_better')).toBe('ON_TARGET');
    expect(kpiStatus(10, 30, 30, 0, 'higher_is_better')).toBe('WARNING');
    expect(kpiStatus(-1, 30, 30, 0, 'higher_is_better')).toBe('OFF_TARGET');
    expect(kpiStatus(-1, 30, 30, null, 'higher_is_better')).toBe('OFF_TARGET');
    expect(kpiStatus(55, 100, 60, 90, 'lower_is_better')).toBe('ON_TARGET');
    expect(kpiStatus(75, 100, 60, 90, 'lower_is_better')).toBe('WARNING');
    expect(kpiStatus(95, 100, 60, 90, 'lower_is_better')).toBe('OFF_TARGET');
    expect(kpiStatus(95, 100, null, 90, 'lower_is_better')).toBe('NO_TARGET');
  });
});
