import { incompleteBeta, normalCdf, npsDifferenceTest, studentTCdf, twoProportionTest, welchTest, meanSampleFromSums } from './significance';

describe('significance tests', () => {
  it('normal CDF matches table values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });

  it("Student's t CDF matches table quantiles", () => {
    // t(0.975, df) from printed tables: 12.706 (1), 2.228 (10), 2.042 (30)
    expect(studentTCdf(12.706, 1)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(-2.042, 30)).toBeCloseTo(0.025, 4);
    // df = 1 is Cauchy: F(t) = 1/2 + atan(t)/π
    expect(studentTCdf(0.7, 1)).toBeCloseTo(0.5 + Math.atan(0.7) / Math.PI, 8);
    // I_x(1, 1) = x
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 10);
  });

  it('two-proportion z-test: hand-computed case', () => {
    // 40/100 vs 60/100: pooled p = .5, se = sqrt(.25 * .02) = .0707107, z = 2.828427
    const r = twoProportionTest(40, 100, 60, 100)!;
    const z = 0.2 / Math.sqrt(0.25 * 0.02);
    expect(r.difference).toBeCloseTo(20, 10);
    expect(r.pValue).toBeCloseTo(2 * (1 - normalCdf(z)), 10);
    expect(r.pValue).toBeCloseTo(0.004677, 4);
    expect(r.significant).toBe(true);
    const seDiff = Math.sqrt((0.4 * 0.6) / 100 + (0.6 * 0.4) / 100);
    expect(r.interval.low).toBeCloseTo(100 * (0.2 - 1.959964 * seDiff), 4);
    expect(twoProportionTest(50, 100, 52, 100)!.significant).toBe(false);
    expect(twoProportionTest(0, 0, 1, 2)).toBeNull();
  });

  it("Welch's t-test: hand-computed case", () => {
    // a: n=10 mean 3 sd 1; b: n=12 mean 4 sd 1.5
    const a = { n: 10, mean: 3, sd: 1 };
    const b = { n: 12, mean: 4, sd: 1.5 };
    const va = 1 / 10;
    const vb = 2.25 / 12;
    const df = (va + vb) ** 2 / (va ** 2 / 9 + vb ** 2 / 11);
    const r = welchTest(a, b)!;
    expect(r.difference).toBe(1);
    expect(df).toBeCloseTo(19.19, 1);
    const t = 1 / Math.sqrt(va + vb);
    expect(r.pValue).toBeCloseTo(2 * (1 - studentTCdf(t, df)), 10);
    expect(r.pValue).toBeGreaterThan(0.07);
    expect(r.pValue).toBeLessThan(0.09);
    expect(r.significant).toBe(false);
    expect(welchTest({ n: 1, mean: 1, sd: 0 }, b)).toBeNull();
  });

  it('mean sample from roll-up sums', () => {
    const xs = [1, 2, 3, 4, 5];
    const s = meanSampleFromSums(5, 15, xs.reduce((acc, x) => acc + x * x, 0))!;
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 10);
  });

  it('NPS difference test: hand-computed case', () => {
    // a: 50 P, 30 Pa, 20 D (NPS 30); b: 30 P, 30 Pa, 40 D (NPS −10)
    const r = npsDifferenceTest({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 30, passives: 30, detractors: 40 })!;
    const va = (0.5 + 0.2 - 0.3 ** 2) / 100;
    const vb = (0.3 + 0.4 - 0.1 ** 2) / 100;
    expect(r.difference).toBeCloseTo(-40, 10);
    expect(r.pValue).toBeCloseTo(2 * (1 - normalCdf(0.4 / Math.sqrt(va + vb))), 10);
    expect(r.significant).toBe(true);
    expect(npsDifferenceTest({ promoters: 5, passives: 3, detractors: 2 }, { promoters: 5, passives: 2, detractors: 3 })!.significant).toBe(false);
  });
});
