/**
 * Did an improvement action move its metric? DESIGN.md §3 "Impact of an action": the metric over
 * a window before the action started against the same-length window after it was done, and —
 * so that a season-wide rise is not credited to the action — the difference-in-differences
 * against control touchpoints the action did not touch. Pure functions over summed roll-up
 * counters; the before/after comparison reuses the significance tests of ./significance.
 */
import type { Interval, NpsCounts } from './metric-math';
import type { MetricDirection, MetricKind } from './metric';
import { meanSampleFromSums, normalCdf, npsDifferenceTest, npsEstimate, twoProportionTest, welchTest, type SignificanceResult } from './significance';

const Z95 = 1.959963984540054;
const DAY_MS = 86400000;

/** Days in each window unless the team chooses otherwise. */
export const DEFAULT_IMPACT_WINDOW_DAYS = 30;
/** Fewer answers than this in any window compared, and the verdict is "not enough data". */
export const MIN_IMPACT_N = 10;

export const IMPACT_VERDICTS = ['improved', 'worsened', 'no_significant_change', 'not_enough_data'] as const;
export type ImpactVerdict = (typeof IMPACT_VERDICTS)[number];
export const IMPACT_METHODS = ['before_after', 'difference_in_differences'] as const;
export type ImpactMethod = (typeof IMPACT_METHODS)[number];
/** The figure compared: NPS points, a top-box share in %, or a mean in the metric's unit. */
export type ImpactFigure = 'nps' | 'share' | 'mean';

/** Summed roll-up counters of one window (one metric, some touchpoints, some days). */
export interface WindowCounters extends NpsCounts {
  n: number;
  sum: number;
  sumSquares: number;
  /** Top-2-box count (CSAT 4–5, CES 5–7, rate = 1). */
  top2: number;
}

export const EMPTY_WINDOW: WindowCounters = { n: 0, sum: 0, sumSquares: 0, promoters: 0, passives: 0, detractors: 0, top2: 0 };

/** A window's figure with the variance of its estimate, in the figure's unit. */
export interface WindowEstimate {
  value: number;
  variance: number;
  n: number;
}

export interface ImpactWindows {
  before: { from: string; to: string };
  after: { from: string; to: string };
}

export interface ImpactComparison {
  method: ImpactMethod;
  figure: ImpactFigure;
  /** After − before (before/after), or (treated change) − (control change) (DiD), in the figure's unit. */
  difference: number;
  interval: Interval;
  pValue: number;
  verdict: ImpactVerdict;
  /** Answers behind the comparison (all windows it used). */
  n: number;
}

export interface ActionImpactResult {
  figure: ImpactFigure;
  treatedBefore: WindowEstimate | null;
  treatedAfter: WindowEstimate | null;
  controlBefore: WindowEstimate | null;
  controlAfter: WindowEstimate | null;
  beforeAfter: ImpactComparison;
  /** Null when the action has no control touchpoints. */
  differenceInDifferences: ImpactComparison | null;
  /** The comparison the verdict rests on: DiD when controls exist, else before/after. */
  headline: ImpactComparison;
}

/** Which figure a metric kind is judged on (the same main figure the KPI report shows). */
export function impactFigure(kind: MetricKind): ImpactFigure {
  if (kind === 'nps') return 'nps';
  if (kind === 'csat' || kind === 'ces' || kind === 'rate') return 'share';
  return 'mean';
}

const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (field: string, day: string) => {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t) || dayString(t) !== day) throw new RangeError(`${field} must be a calendar date YYYY-MM-DD, got ${day}`);
  return t;
};

/**
 * The windows of DESIGN.md §3 in whole local days: the `days` days before the day the action
 * started, and the `days` days after the day it was done. The start and completion days themselves
 * are partial (work began or ended during them), so neither window includes them.
 */
export function impactWindows(startedDay: string, completedDay: string, days = DEFAULT_IMPACT_WINDOW_DAYS): ImpactWindows {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new RangeError(`window days must be an integer 1–366, got ${days}`);
  const s = dayMs('startedDay', startedDay);
  const c = dayMs('completedDay', completedDay);
  if (c < s) throw new RangeError('completedDay must not be before startedDay');
  return {
    before: { from: dayString(s - days * DAY_MS), to: dayString(s - DAY_MS) },
    after: { from: dayString(c + DAY_MS), to: dayString(c + days * DAY_MS) },
  };
}

/** A window's figure and its sampling variance; null when it holds no answers (a mean needs two). */
export function windowEstimate(figure: ImpactFigure, c: WindowCounters): WindowEstimate | null {
  if (figure === 'nps') {
    const e = npsEstimate(c);
    return e && { value: 100 * e.value, variance: 10000 * e.variance, n: e.n };
  }
  if (c.n === 0) return null;
  if (figure === 'share') {
    const p = c.top2 / c.n;
    return { value: 100 * p, variance: (10000 * p * (1 - p)) / c.n, n: c.n };
  }
  const m = meanSampleFromSums(c.n, c.sum, c.sumSquares);
  if (!m || m.n < 2) return null;
  return { value: m.mean, variance: (m.sd * m.sd) / m.n, n: m.n };
}

function verdictOf(significant: boolean, difference: number, direction: MetricDirection): ImpactVerdict {
  if (!significant || difference === 0) return 'no_significant_change';
  return (difference > 0) === (direction === 'higher_is_better') ? 'improved' : 'worsened';
}

const notEnough = (method: ImpactMethod, figure: ImpactFigure, n: number): ImpactComparison => ({
  method,
  figure,
  difference: NaN,
  interval: { low: NaN, high: NaN },
  pValue: NaN,
  verdict: 'not_enough_data',
  n,
});

/** Plain before/after on the treated touchpoints, by the significance test of the figure's kind. */
export function beforeAfterImpact(kind: MetricKind, direction: MetricDirection, before: WindowCounters, after: WindowCounters, minN = MIN_IMPACT_N): ImpactComparison {
  const figure = impactFigure(kind);
  const n = before.n + after.n;
  if (before.n < minN || after.n < minN) return notEnough('before_after', figure, n);
  let test: SignificanceResult | null;
  if (figure === 'nps') test = npsDifferenceTest(before, after);
  else if (figure === 'share') test = twoProportionTest(before.top2, before.n, after.top2, after.n);
  else {
    const a = meanSampleFromSums(before.n, before.sum, before.sumSquares);
    const b = meanSampleFromSums(after.n, after.sum, after.sumSquares);
    test = a && b ? welchTest(a, b) : null;
  }
  if (!test) return notEnough('before_after', figure, n);
  return { method: 'before_after', figure, difference: test.difference, interval: test.interval, pValue: test.pValue, verdict: verdictOf(test.significant, test.difference, direction), n };
}

/**
 * Difference-in-differences: DiD = (treated after − treated before) − (control after − control
 * before), SE = √ of the sum of the four windows' independent variances, a normal 95 % interval
 * and a two-sided z test.
 */
export function differenceInDifferences(
  kind: MetricKind,
  direction: MetricDirection,
  treated: { before: WindowCounters; after: WindowCounters },
  control: { before: WindowCounters; after: WindowCounters },
  minN = MIN_IMPACT_N,
): ImpactComparison {
  const figure = impactFigure(kind);
  const windows = [treated.before, treated.after, control.before, control.after];
  const n = windows.reduce((t, w) => t + w.n, 0);
  if (windows.some((w) => w.n < minN)) return notEnough('difference_in_differences', figure, n);
  const [tb, ta, cb, ca] = windows.map((w) => windowEstimate(figure, w));
  if (!tb || !ta || !cb || !ca) return notEnough('difference_in_differences', figure, n);
  const difference = ta.value - tb.value - (ca.value - cb.value);
  const se = Math.sqrt(tb.variance + ta.variance + cb.variance + ca.variance);
  const pValue = se === 0 ? (difference === 0 ? 1 : 0) : 2 * (1 - normalCdf(Math.abs(difference / se)));
  const significant = pValue < 0.05;
  return {
    method: 'difference_in_differences',
    figure,
    difference,
    interval: { low: difference - Z95 * se, high: difference + Z95 * se },
    pValue,
    verdict: verdictOf(significant, difference, direction),
    n,
  };
}

/** Both comparisons and the one the verdict rests on (DiD whenever control touchpoints exist). */
export function actionImpact(
  kind: MetricKind,
  direction: MetricDirection,
  treated: { before: WindowCounters; after: WindowCounters },
  control: { before: WindowCounters; after: WindowCounters } | null,
  minN = MIN_IMPACT_N,
): ActionImpactResult {
  const figure = impactFigure(kind);
  const beforeAfter = beforeAfterImpact(kind, direction, treated.before, treated.after, minN);
  const did = control ? differenceInDifferences(kind, direction, treated, control, minN) : null;
  return {
    figure,
    treatedBefore: windowEstimate(figure, treated.before),
    treatedAfter: windowEstimate(figure, treated.after),
    controlBefore: control ? windowEstimate(figure, control.before) : null,
    controlAfter: control ? windowEstimate(figure, control.after) : null,
    beforeAfter,
    differenceInDifferences: did,
    headline: did ?? beforeAfter,
  };
}
