/**
 * Experience-metric math of DESIGN.md §3. Pure functions over counts, so the same code computes a
 * figure from raw answers or from daily roll-up counters. A figure over no answers is `null`
 * (absent, never 0); below LOW_SAMPLE_N it is flagged.
 */
export const LOW_SAMPLE_N = 30;
const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

export interface MetricFigure {
  value: number;
  interval: Interval;
  n: number;
  lowSample: boolean;
}

const clip = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export function npsCounts(scores: readonly (number | null | undefined)[]): NpsCounts {
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (const s of scores) {
    if (s === null || s === undefined) continue;
    if (!Number.isInteger(s) || s < 0 || s > 10) throw new RangeError(`NPS answer must be an integer 0–10, got ${s}`);
    if (s >= 9) counts.promoters++;
    else if (s >= 7) counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

/** NPS = 100 × (P − D) / n with the adjusted-Wald 95 % interval (Rocks 2016), clipped to −100…100. */
export function nps({ promoters: p, passives, detractors: d }: NpsCounts): MetricFigure | null {
  const n = p + passives + d;
  if (n === 0) return null;
  const n1 = n + 3;
  const pp = (p + 0.75) / n1;
  const dd = (d + 0.75) / n1;
  const se = Math.sqrt((pp + dd - (pp - dd) ** 2) / n1);
  const centre = pp - dd;
  return {
    value: (100 * (p - d)) / n,
    interval: { low: clip(100 * (centre - Z95 * se), -100, 100), high: clip(100 * (centre + Z95 * se), -100, 100) },
    n,
    lowSample: n < LOW_SAMPLE_N,
  };
}

/** Wilson score 95 % interval for a proportion, in % (0…100). */
export function wilson(successes: number, n: number): Interval {
  if (n === 0) return { low: 0, high: 100 };
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: 100 * clip(centre - half, 0, 1), high: 100 * clip(centre + half, 0, 1) };
}

/** Share of answers at or above `threshold` (top-box), in %, with its Wilson interval. */
export function topBox(successes: number, n: number): MetricFigure | null {
  if (n === 0) return null;
  return { value: (100 * successes) / n, interval: wilson(successes, n), n, lowSample: n < LOW_SAMPLE_N };
}

/** CSAT on 1–5: share of 4 and 5 (top-2-box). */
export function csat(scores: readonly number[]): MetricFigure | null {
  for (const s of scores) if (!Number.isInteger(s) || s < 1 || s > 5) throw new RangeError(`CSAT answer must be an integer 1–5, got ${s}`);
  return topBox(scores.filter((s) => s >= 4).length, scores.length);
}

/** CES 2.0 on 1–7 (higher = easier): share of 5–7. */
export function cesShare(scores: readonly number[]): MetricFigure | null {
  for (const s of scores) if (!Number.isInteger(s) || s < 1 || s > 7) throw new RangeError(`CES answer must be an integer 1–7, got ${s}`);
  return topBox(scores.filter((s) => s >= 5).length, scores.length);
}

/** Two-sided 97.5 % quantile of Student's t (exact table to 30 df, then the Cornish–Fisher expansion). */
export function tQuantile975(df: number): number {
  const table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
  if (df < 1) return NaN;
  if (df <= 30) return table[Math.round(df) - 1];
  const z = Z95;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}

/** Mean with a t-based 95 % interval, from roll-up counters (n, Σx, Σx²). */
export function meanFromSums(n: number, sum: number, sumSquares: number): MetricFigure | null {
  if (n === 0) return null;
  const mean = sum / n;
  if (n === 1) return { value: mean, interval: { low: mean, high: mean }, n, lowSample: true };
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { value: mean, interval: { low: mean - half, high: mean + half }, n, lowSample: n < LOW_SAMPLE_N };
}

/** The standard error behind a symmetric 95 % interval. */
export const standardError = (f: MetricFigure) => (f.interval.high - f.interval.low) / (2 * Z95);

/**
 * Fixed histogram for durations kept in every roll-up row (lower bounds, in the metric's unit,
 * usually minutes): bucket k holds values in [bound k, bound k+1), the last is open-ended. Fixed
 * buckets add up exactly across days, sites and touchpoints, which exact percentiles cannot.
 */
export const DURATION_BUCKET_LOWER_BOUNDS = [0, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880, 4320, 10080] as const;

/**
 * Percentile `p` (0…1) from bucket counts, interpolating linearly inside the bucket that holds
 * rank p × n (a documented approximation: exact at bucket edges, within one bucket's width
 * otherwise). In the open-ended last bucket the answer is its lower bound ("at least").
 */
export function percentileFromHistogram(counts: readonly number[], p: number, bounds: readonly number[] = DURATION_BUCKET_LOWER_BOUNDS): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = p * n;
  let before = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    if (c > 0 && before + c >= rank) {
      if (k + 1 >= bounds.length) return bounds[bounds.length - 1];
      const lo = bounds[k];
      const hi = bounds[k + 1];
      return lo + ((rank - before) / c) * (hi - lo);
    }
    before += c;
  }
  return bounds[bounds.length - 1];
}

export const KPI_STATUSES = ['ON_TARGET', 'WARNING', 'OFF_TARGET', 'LOW_SAMPLE', 'NO_DATA', 'NO_TARGET'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/**
 * Where a figure stands against its target: no data at n = 0, flagged low sample below
 * LOW_SAMPLE_N (never judged on noise), then on target, within the warning threshold, or off.
 */
export function kpiStatus(value: number | null, n: number, target: number | null, warning: number | null, direction: 'higher_is_better' | 'lower_is_better'): KpiStatus {
  if (n === 0 || value === null) return 'NO_DATA';
  if (n < LOW_SAMPLE_N) return 'LOW_SAMPLE';
  if (target === null) return 'NO_TARGET';
  const meets = (bar: number) => (direction === 'higher_is_better' ? value >= bar : value <= bar);
  if (meets(target)) return 'ON_TARGET';
  if (warning !== null && meets(warning)) return 'WARNING';
  return 'OFF_TARGET';
}
