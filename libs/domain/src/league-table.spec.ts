import { betaQuantile, fitBetaPrior, JEFFREYS_PRIOR, rankBy, shrinkNps, shrinkShare } from './league-table';

describe('empirical-Bayes league table', () => {
  it('fits the Beta prior by the method of moments (hand-computed)', () => {
    // Shares .5, .7, .9 with n = 100 each: m = .7, v = ((.2)² + 0 + (.2)²)/2 = .04,
    // noise = .7 × .3 × (1/100) = .0021, τ² = .0379, α + β = .21/.0379 − 1.
    const prior = fitBetaPrior([
      { k: 50, n: 100 },
      { k: 70, n: 100 },
      { k: 90, n: 100 },
    ]);
    const w = 0.21 / 0.0379 - 1;
    expect(prior.alpha).toBeCloseTo(0.7 * w, 8);
    expect(prior.beta).toBeCloseTo(0.3 * w, 8);
  });

  it('falls back to Jeffreys with too few sites and ignores empty sites', () => {
    expect(fitBetaPrior([{ k: 1, n: 2 }, { k: 0, n: 0 }])).toEqual(JEFFREYS_PRIOR);
  });

  it('shrunk share is the posterior mean with a Beta posterior interval', () => {
    const s = shrinkShare({ k: 3, n: 3 }, { alpha: 7, beta: 3 });
    expect(s.raw).toBe(100);
    expect(s.shrunk).toBeCloseTo((100 * 10) / 13, 10);
    // Beta(1, 1) is uniform: its 2.5 % and 97.5 % quantiles are .025 and .975.
    const u = shrinkShare({ k: 0, n: 0 }, { alpha: 1, beta: 1 });
    expect(u.raw).toBeNull();
    expect(u.interval.low).toBeCloseTo(2.5, 6);
    expect(u.interval.high).toBeCloseTo(97.5, 6);
    // Beta(2, 1) has CDF x², so its median is √.5.
    expect(betaQuantile(0.5, 2, 1)).toBeCloseTo(Math.SQRT1_2, 8);
  });

  it('3 perfect answers rank below 300 good ones', () => {
    const sites = [
      { k: 3, n: 3 }, // 100 % of 3
      { k: 270, n: 300 }, // 90 % of 300
      ...Array.from({ length: 20 }, (_, i) => ({ k: 60 + (i % 5) * 5, n: 100 })), // 60…80 %
    ];
    const prior = fitBetaPrior(sites);
    const shrunk = sites.map((s) => shrinkShare(s, prior));
    const ranks = rankBy(shrunk, (s) => s.shrunk);
    expect(shrunk[0].raw).toBeGreaterThan(shrunk[1].raw!);
    expect(ranks[1]).toBe(1);
    expect(ranks[0]).toBeGreaterThan(ranks[1]);
    // The small site is pulled towards the workspace's typical share (~70 %), the large one barely moves.
    expect(shrunk[0].shrunk).toBeLessThan(90);
    expect(Math.abs(shrunk[1].shrunk - 90)).toBeLessThan(2);
  });

  it('shrinkage vanishes as n grows', () => {
    const prior = { alpha: 7, beta: 3 };
    const gaps = [10, 100, 1000, 100000].map((n) => {
      const s = shrinkShare({ k: 0.9 * n, n }, prior);
      return Math.abs(s.shrunk - s.raw!);
    });
    // |(k + α)/(n + α + β) − k/n| = |α − .9(α + β)|/(n + 10) = 2/(n + 10) in share units
    expect(gaps[0]).toBeCloseTo(100 * (2 / 20), 8);
    expect(gaps[3]).toBeCloseTo(100 * (2 / 100010), 8);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(gaps[i - 1]);
  });

  it('shrunk NPS is shrunk promoters minus shrunk detractors', () => {
    const p = { alpha: 4, beta: 6 };
    const d = { alpha: 2, beta: 8 };
    const s = shrinkNps({ promoters: 5, detractors: 0, n: 5 }, p, d);
    expect(s.raw).toBe(100);
    expect(s.shrunk).toBeCloseTo(100 * (9 / 15 - 2 / 15), 10);
    expect(s.interval.low).toBeLessThan(s.shrunk);
    expect(s.interval.high).toBeGreaterThan(s.shrunk);
  });

  it('ranks best first, ties share a rank, lower-is-better flips', () => {
    expect(rankBy([3, 9, 9, 1], (v) => v)).toEqual([3, 1, 1, 4]);
    expect(rankBy([3, 9, 1], (v) => v, 'lower_is_better')).toEqual([2, 3, 1]);
  });
});
