import { cesShare, csat, meanFromSums, nps, npsCounts, tQuantile975, wilson } from './metric-math';

// Expected values below were computed by hand (calculator) from the formulas in DESIGN.md §3,
// not by this code: e.g. NPS P=5, Pa=3, D=2 → n'=13, p'=5.75/13, d'=2.75/13.
describe('NPS', () => {
  it('counts promoters 9–10, passives 7–8, detractors 0–6 and ignores blanks', () => {
    expect(npsCounts([10, 9, 8, 7, 6, 0, null, undefined])).toEqual({ promoters: 2, passives: 2, detractors: 2 });
    expect(() => npsCounts([11])).toThrow(RangeError);
  });

  it('computes 100 × (P − D)/n with the adjusted-Wald interval', () => {
    const f = nps({ promoters: 5, passives: 3, detractors: 2 })!;
    expect(f.value).toBeCloseTo(30, 10);
    // p' = 0.442308, d' = 0.211538, centre = 0.230769, SE = sqrt((0.653846 − 0.053254)/13) = 0.214950
    expect(f.interval.low).toBeCloseTo(-19.05, 1);
    expect(f.interval.high).toBeCloseTo(65.21, 1);
    expect(f.lowSample).toBe(true);
  });

  it('clips the interval to −100…100 and is absent with no answers', () => {
    const all = nps({ promoters: 40, passives: 0, detractors: 0 })!;
    expect(all.value).toBe(100);
    expect(all.interval.high).toBe(100);
    expect(all.lowSample).toBe(false);
    expect(nps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});

describe('CSAT and CES shares with Wilson intervals', () => {
  it('matches the Wilson interval for 8 of 10', () => {
    // p = 0.8, z² = 3.8415: centre = (0.8 + 0.19207)/1.38415 = 0.71674, half = 1.96·sqrt(0.016 + 0.009604)/1.38415 = 0.22657
    const i = wilson(8, 10);
    expect(i.low).toBeCloseTo(49.02, 1);
    expect(i.high).toBeCloseTo(94.33, 1);
  });

  it('CSAT is the share of 4 and 5 on 1–5', () => {
    const f = csat([5, 4, 4, 3, 2, 5, 5, 1, 4, 5])!;
    expect(f.value).toBe(70);
    expect(csat([])).toBeNull();
    expect(() => csat([6])).toThrow(RangeError);
  });

  it('CES is the share of 5–7 on 1–7', () => {
    expect(cesShare([7, 6, 5, 4, 1])!.value).toBe(60);
    expect(() => cesShare([0])).toThrow(RangeError);
  });
});

describe('mean with a t interval from roll-up sums', () => {
  it('computes mean and t-based interval from n, Σx, Σx²', () => {
    // data 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7 = 4.5714, SE = 0.75593, t(7) = 2.365
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    const f = meanFromSums(xs.length, xs.reduce((a, b) => a + b, 0), xs.reduce((a, b) => a + b * b, 0))!;
    expect(f.value).toBe(5);
    expect(f.interval.low).toBeCloseTo(5 - 2.365 * 0.75593, 3);
    expect(f.interval.high).toBeCloseTo(5 + 2.365 * 0.75593, 3);
    expect(meanFromSums(0, 0, 0)).toBeNull();
  });

  it('uses t quantiles that approach z for large samples', () => {
    expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 2);
  });
});
