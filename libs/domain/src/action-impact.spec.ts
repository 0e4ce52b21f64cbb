import { actionImpact, beforeAfterImpact, differenceInDifferences, impactWindows, type WindowCounters } from './action-impact';
import { canMoveAction, isActionOverdue } from './improvement-action';

const Z = 1.96;
const nps = (promoters: number, passives: number, detractors: number): WindowCounters => ({ n: promoters + passives + detractors, sum: 0, sumSquares: 0, promoters, passives, detractors, top2: 0 });
const share = (top2: number, n: number): WindowCounters => ({ n, sum: 0, sumSquares: 0, promoters: 0, passives: 0, detractors: 0, top2 });
/** Counters of n answers with the given mean and sample SD: Σx = n·mean, Σx² = (n−1)·sd² + n·mean². */
const meanOf = (n: number, mean: number, sd: number): WindowCounters => ({ n, sum: n * mean, sumSquares: (n - 1) * sd * sd + n * mean * mean, promoters: 0, passives: 0, detractors: 0, top2: 0 });

describe('impact windows', () => {
  it('takes the whole days before the start day and after the completion day', () => {
    // 30 days before 10 March 2026 (February has 28 days): 8 Feb … 9 Mar; after 20 March: 21 Mar … 19 Apr.
    expect(impactWindows('2026-03-10', '2026-03-20')).toEqual({ before: { from: '2026-02-08', to: '2026-03-09' }, after: { from: '2026-03-21', to: '2026-04-19' } });
    expect(impactWindows('2026-01-01', '2026-01-01', 7)).toEqual({ before: { from: '2025-12-25', to: '2025-12-31' }, after: { from: '2026-01-02', to: '2026-01-08' } });
    expect(() => impactWindows('2026-03-10', '2026-03-09')).toThrow(/completedDay/);
  });
});

describe('before/after impact', () => {
  it('credits a CSAT rise from 40 % to 60 % with the unpooled interval', () => {
    const r = beforeAfterImpact('csat', 'higher_is_better', share(40, 100), share(60, 100));
    // SE = √(0.4·0.6/100 + 0.6·0.4/100) = √0.0048 = 0.069282 → ±13.58 points.
    const half = Z * Math.sqrt(0.0048) * 100;
    expect(r.difference).toBeCloseTo(20, 9);
    expect(r.interval.low).toBeCloseTo(20 - half, 2);
    expect(r.interval.high).toBeCloseTo(20 + half, 2);
    expect(r).toMatchObject({ method: 'before_after', figure: 'share', verdict: 'improved', n: 200 });
  });

  it('calls a fall worsened, and a fall of a lower-is-better mean improved', () => {
    expect(beforeAfterImpact('csat', 'higher_is_better', share(60, 100), share(40, 100)).verdict).toBe('worsened');
    // Response time 30 → 20 minutes (sd 5, n 40 each): t = 10 / √(25/40 + 25/40) = 8.9.
    const r = beforeAfterImpact('duration', 'lower_is_better', meanOf(40, 30, 5), meanOf(40, 20, 5));
    expect(r.difference).toBeCloseTo(-10, 9);
    expect(r.verdict).toBe('improved');
  });

  it('says not enough data below 10 answers in a window, and no significant change for noise', () => {
    expect(beforeAfterImpact('nps', 'higher_is_better', nps(3, 3, 3), nps(50, 30, 20)).verdict).toBe('not_enough_data');
    expect(beforeAfterImpact('csat', 'higher_is_better', share(50, 100), share(52, 100)).verdict).toBe('no_significant_change');
  });
});

describe('difference-in-differences', () => {
  it('removes a season-wide NPS rise that the plain before/after credits to the action', () => {
    // Treated and control both go from NPS 0 (30/40/30) to NPS 30 (50/30/20).
    const treated = { before: nps(30, 40, 30), after: nps(50, 30, 20) };
    const control = { before: nps(30, 40, 30), after: nps(50, 30, 20) };
    const r = actionImpact('nps', 'higher_is_better', treated, control);
    // Before/after: 30 points with SE = 100·√(0.006 + 0.0061) = 11 → z = 2.73, significant.
    expect(r.beforeAfter.difference).toBeCloseTo(30, 9);
    expect(r.beforeAfter.interval.low).toBeCloseTo(30 - Z * 11, 1);
    expect(r.beforeAfter.verdict).toBe('improved');
    // DiD: 30 − 30 = 0 with SE = 100·√(2·(0.006 + 0.0061)) = 15.556.
    expect(r.differenceInDifferences?.difference).toBeCloseTo(0, 9);
    expect(r.differenceInDifferences?.interval.high).toBeCloseTo(Z * 15.556, 1);
    expect(r.differenceInDifferences?.verdict).toBe('no_significant_change');
    expect(r.headline.method).toBe('difference_in_differences');
    expect(r.headline.n).toBe(400);
    expect(r.treatedAfter?.value).toBeCloseTo(30, 9);
    expect(r.controlBefore?.value).toBeCloseTo(0, 9);
  });

  it('computes DiD of means and its SE from the four variances', () => {
    // Treated 5 → 8 (sd 2, n 20), control 5 → 6 (sd 3, n 25): DiD = 3 − 1 = 2,
    // SE = √(4/20 + 4/20 + 9/25 + 9/25) = √1.12 = 1.0583, z = 1.890 → p ≈ 0.0588 (normal table).
    const r = differenceInDifferences('numeric', 'higher_is_better', { before: meanOf(20, 5, 2), after: meanOf(20, 8, 2) }, { before: meanOf(25, 5, 3), after: meanOf(25, 6, 3) });
    expect(r.difference).toBeCloseTo(2, 9);
    expect(r.interval.low).toBeCloseTo(2 - Z * Math.sqrt(1.12), 3);
    expect(r.interval.high).toBeCloseTo(2 + Z * Math.sqrt(1.12), 3);
    expect(r.pValue).toBeCloseTo(0.0588, 3);
    expect(r.verdict).toBe('no_significant_change');
    expect(r.n).toBe(90);
  });

  it('credits a rise on the treated touchpoint over a flat control, and refuses on thin controls', () => {
    // Treated 40 % → 70 %, control 50 % → 50 % (n 100 each): DiD = 30, SE = 100·√(0.0024 + 0.0021 + 0.0025 + 0.0025) = 9.75.
    const r = differenceInDifferences('csat', 'higher_is_better', { before: share(40, 100), after: share(70, 100) }, { before: share(50, 100), after: share(50, 100) });
    expect(r.difference).toBeCloseTo(30, 9);
    expect(r.interval.low).toBeCloseTo(30 - Z * 100 * Math.sqrt(0.0095), 2);
    expect(r.verdict).toBe('improved');
    expect(differenceInDifferences('csat', 'higher_is_better', { before: share(40, 100), after: share(70, 100) }, { before: share(5, 9), after: share(50, 100) }).verdict).toBe('not_enough_data');
  });

  it('falls back to before/after without control touchpoints', () => {
    const r = actionImpact('csat', 'higher_is_better', { before: share(40, 100), after: share(60, 100) }, null);
    expect(r.differenceInDifferences).toBeNull();
    expect(r.headline.method).toBe('before_after');
    expect(r.headline.verdict).toBe('improved');
  });
});

describe('action status machine', () => {
  it('allows the forward path and refuses skips and moves out of final states', () => {
    expect(canMoveAction('proposed', 'planned')).toBe(true);
    expect(canMoveAction('in_progress', 'done')).toBe(true);
    expect(canMoveAction('done', 'verified')).toBe(true);
    expect(canMoveAction('proposed', 'done')).toBe(false);
    expect(canMoveAction('verified', 'dropped')).toBe(false);
    expect(canMoveAction('dropped', 'planned')).toBe(false);
  });

  it('flags open actions past their due day only', () => {
    expect(isActionOverdue('in_progress', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isActionOverdue('in_progress', '2026-03-02', '2026-03-02')).toBe(false);
    expect(isActionOverdue('done', '2026-03-01', '2026-03-02')).toBe(false);
    expect(isActionOverdue('planned', null, '2026-03-02')).toBe(false);
  });
});
