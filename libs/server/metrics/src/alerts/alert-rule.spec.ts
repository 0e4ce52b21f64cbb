import { EMPTY, type Counters } from '../kpi.service';
import { judgeAlert } from './alert-rule';

/** NPS counters from answer counts (promoters, passives, detractors). */
const npsOf = (p: number, pa: number, d: number): Counters => ({ ...EMPTY, n: p + pa + d, promoters: p, passives: pa, detractors: d });
const csatOf = (top2: number, n: number): Counters => ({ ...EMPTY, n, top2 });

describe('judgeAlert', () => {
  it('opens on a significant NPS drop below the warning threshold, with the z-test computed by hand', () => {
    // Previous: 30 promoters, 10 passives, 10 detractors (NPS +40); current: 10/10/30 (NPS −40).
    const j = judgeAlert('nps', 'higher_is_better', npsOf(10, 10, 30), npsOf(30, 10, 10), 30, 0);
    const varOf = (p: number, d: number, n: number) => (p + d - (p - d) ** 2) / n;
    const z = (-0.4 - 0.4) / Math.sqrt(varOf(0.6, 0.2, 50) + varOf(0.2, 0.6, 50));
    expect(j.current.value).toBeCloseTo(-40, 9);
    expect(j.current.status).toBe('OFF_TARGET');
    expect(j.test!.method).toBe('nps_z');
    expect(j.test!.difference).toBeCloseTo(-80, 9);
    expect(z).toBeCloseTo(-5, 9);
    expect(j.test!.pValue).toBeLessThan(1e-6);
    expect(j.breach).toBe(true);
    expect(j.recovered).toBe(false);
  });

  it('does not open on a dip that is below the threshold but within noise', () => {
    // Previous 16/10/14 (NPS +5, n 40) → current 14/10/16 (NPS −5, n 40): below 0 but p ≫ 0.05.
    const j = judgeAlert('nps', 'higher_is_better', npsOf(14, 10, 16), npsOf(16, 10, 14), 30, 0);
    expect(j.current.status).toBe('OFF_TARGET');
    expect(j.test!.significant).toBe(false);
    expect(j.breach).toBe(false);
  });

  it('does not open below n = 30 (low sample), nor without a previous window to compare with', () => {
    expect(judgeAlert('nps', 'higher_is_better', npsOf(0, 0, 29), npsOf(29, 0, 0), 30, 0).breach).toBe(false);
    const noPrevious = judgeAlert('nps', 'higher_is_better', npsOf(0, 0, 40), EMPTY, 30, 0);
    expect(noPrevious.test).toBeNull();
    expect(noPrevious.breach).toBe(false);
  });

  it('tests CSAT with two proportions on the top-2 box and recovers at the warning threshold', () => {
    // 95 % → 50 % satisfied, warning 75.
    const drop = judgeAlert('csat', 'higher_is_better', csatOf(20, 40), csatOf(38, 40), 85, 75);
    expect(drop.test!.method).toBe('two_proportion_z');
    expect(drop.test!.difference).toBeCloseTo(-45, 9);
    expect(drop.breach).toBe(true);
    const back = judgeAlert('csat', 'higher_is_better', csatOf(30, 40), csatOf(20, 40), 85, 75);
    expect(back.current.value).toBeCloseTo(75, 9);
    expect(back.current.status).toBe('WARNING');
    expect(back.recovered).toBe(true);
  });

  it('tests durations with Welch on the means, where lower is better', () => {
    const sample = (xs: number[]): Counters => ({ ...EMPTY, n: xs.length, sum: xs.reduce((a, b) => a + b, 0), sumSquares: xs.reduce((a, b) => a + b * b, 0) });
    const beforeXs = Array.from({ length: 40 }, (_, i) => 10 + (i % 5));
    const afterXs = Array.from({ length: 40 }, (_, i) => 60 + (i % 7));
    const before = sample(beforeXs);
    const after = sample(afterXs);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const j = judgeAlert('duration', 'lower_is_better', after, before, 15, 30);
    expect(j.test!.method).toBe('welch_t');
    expect(j.test!.difference).toBeCloseTo(mean(afterXs) - mean(beforeXs), 9);
    expect(j.breach).toBe(true);
  });
});
