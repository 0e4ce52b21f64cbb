/**
 * Is a change real or noise? Two-sided tests at 95 % for the three kinds of figure of DESIGN.md §3:
 * a top-box share (two-proportion z), a mean (Welch's t) and an NPS (difference of two
 * trinomial scores). Pure functions over the same counters the roll-ups keep, shared by alerts,
 * dashboards and action impact so that "significant" means one thing everywhere.
 */
import type { Interval, NpsCounts } from './metric-math';

const Z95 = 1.959963984540054;

export type SignificanceMethod = 'two_proportion_z' | 'welch_t' | 'nps_z';

export interface SignificanceResult {
  method: SignificanceMethod;
  /** b − a, in the figure's unit (percentage points for shares and NPS). */
  difference: number;
  /** 95 % interval of the difference. */
  interval: Interval;
  pValue: number;
  significant: boolean;
  /** Total answers behind the comparison. */
  n: number;
}

/** Standard normal CDF (Φ), via erfc with the Numerical Recipes Chebyshev fit (|error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

function logGamma(x: number): number {
  const c = [76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.001208650973866179, -0.000005395239384953];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let ser = 1.000000000190015;
  for (const k of c) ser += k / ++y;
  return -tmp + Math.log((2.5066282746310002 * ser) / x);
}

/** Continued fraction of the regularized incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-12) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Student's t CDF with (possibly fractional) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Two-sided 97.5 % quantile of Student's t for fractional df, by bisection on the CDF. */
function tCritical(df: number): number {
  let lo = 0;
  let hi = 700;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < 0.975) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const twoSidedZ = (z: number) => 2 * (1 - normalCdf(Math.abs(z)));

/**
 * Two-proportion z-test of successes x out of n (period a) against period b: pooled standard
 * error for the test, unpooled for the interval of the difference. Shares in percent.
 * Returns null when either side has no answers.
 */
export function twoProportionTest(xa: number, na: number, xb: number, nb: number): SignificanceResult | null {
  if (na === 0 || nb === 0) return null;
  const pa = xa / na;
  const pb = xb / nb;
  const pooled = (xa + xb) / (na + nb);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  const seDiff = Math.sqrt((pa * (1 - pa)) / na + (pb * (1 - pb)) / nb);
  const diff = pb - pa;
  const pValue = sePooled === 0 ? (diff === 0 ? 1 : 0) : twoSidedZ(diff / sePooled);
  return {
    method: 'two_proportion_z',
    difference: 100 * diff,
    interval: { low: 100 * (diff - Z95 * seDiff), high: 100 * (diff + Z95 * seDiff) },
    pValue,
    significant: pValue < 0.05,
    n: na + nb,
  };
}

export interface MeanSample {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator). */
  sd: number;
}

/** Mean and sample SD from roll-up counters (n, Σx, Σx²). */
export function meanSampleFromSums(n: number, sum: number, sumSquares: number): MeanSample | null {
  if (n === 0) return null;
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) : 0;
  return { n, mean, sd: Math.sqrt(variance) };
}

/** Welch's unequal-variance t-test of b against a, with the Welch–Satterthwaite df. Needs n ≥ 2 on each side. */
export function welchTest(a: MeanSample, b: MeanSample): SignificanceResult | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const diff = b.mean - a.mean;
  if (se === 0) {
    return { method: 'welch_t', difference: diff, interval: { low: diff, high: diff }, pValue: diff === 0 ? 1 : 0, significant: diff !== 0, n: a.n + b.n };
  }
  const df = (va + vb) ** 2 / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
  const t = diff / se;
  const pValue = 2 * (1 - studentTCdf(Math.abs(t), df));
  const half = tCritical(df) * se;
  return { method: 'welch_t', difference: diff, interval: { low: diff - half, high: diff + half }, pValue, significant: pValue < 0.05, n: a.n + b.n };
}

/** An NPS as a proportion difference p − d (−1…1) with its sampling variance (p + d − (p − d)²) / n; null without answers. */
export function npsEstimate(c: NpsCounts): { value: number; variance: number; n: number } | null {
  const n = c.promoters + c.passives + c.detractors;
  if (n === 0) return null;
  const p = c.promoters / n;
  const d = c.detractors / n;
  return { value: p - d, variance: (p + d - (p - d) ** 2) / n, n };
}

/**
 * NPS difference test: each NPS is 100 × (p − d) with variance (p + d − (p − d)²) / n; the
 * difference of two independent periods is tested with a z statistic.
 */
export function npsDifferenceTest(a: NpsCounts, b: NpsCounts): SignificanceResult | null {
  const na = a.promoters + a.passives + a.detractors;
  const nb = b.promoters + b.passives + b.detractors;
  if (na === 0 || nb === 0) return null;
  const sa = npsEstimate(a);
  const sb = npsEstimate(b);
  if (!sa || !sb) return null;
  const diff = sb.value - sa.value;
  const se = Math.sqrt(sa.variance + sb.variance);
  const pValue = se === 0 ? (diff === 0 ? 1 : 0) : twoSidedZ(diff / se);
  return {
    method: 'nps_z',
    difference: 100 * diff,
    interval: { low: 100 * (diff - Z95 * se), high: 100 * (diff + Z95 * se) },
    pValue,
    significant: pValue < 0.05,
    n: na + nb,
  };
}
