import { meanSampleFromSums, npsDifferenceTest, twoProportionTest, welchTest, type MetricDirection, type MetricKind, type SignificanceResult } from '@opencx/domain';
import { figureOf, type Counters } from '../kpi.service';
import type { KpiFigureModel } from '../models';

/** The alert window: the last 7 local days (today included), compared with the 7 days before them. */
export const ALERT_WINDOW_DAYS = 7;

export interface AlertJudgement {
  /** The last 7 days' figure, judged against the touchpoint's target and warning threshold as `kpis` judges it. */
  current: KpiFigureModel;
  /** The 7 days before, with the same targets. */
  previous: KpiFigureModel;
  /** The change from the previous window to the current one, tested as the metric's kind requires; null when a side has too few answers to test. */
  test: SignificanceResult | null;
  /** Below the warning threshold (OFF_TARGET at n ≥ 30) and significantly worse than the previous window: open an alert. */
  breach: boolean;
  /** Back at or above the warning threshold (ON_TARGET or WARNING at n ≥ 30): resolve an open alert. */
  recovered: boolean;
}

/**
 * Which test fits the figure (DESIGN.md §3): the NPS difference test for NPS, two-proportion z on the
 * top-box counts for CSAT, CES (whose reported figure is its top-box share) and rates, Welch's t on the
 * means for numeric and duration metrics. Period a is the previous window, b the current one.
 */
export function changeTest(kind: MetricKind, previous: Counters, current: Counters): SignificanceResult | null {
  if (kind === 'nps') return npsDifferenceTest(previous, current);
  if (kind === 'csat' || kind === 'ces' || kind === 'rate') return twoProportionTest(previous.top2, previous.n, current.top2, current.n);
  const a = meanSampleFromSums(previous.n, previous.sum, previous.sumSquares);
  const b = meanSampleFromSums(current.n, current.sum, current.sumSquares);
  return a && b ? welchTest(a, b) : null;
}

/**
 * The alert rule of issue 11. Why the previous 7 days and not the target: "below the warning threshold"
 * already compares with the target side, and a figure that has sat below it for weeks is not news;
 * what an alert adds is that this week is really worse than last week, not a wobble of a small sample.
 * Without answers in the previous window there is nothing to compare, so no alert opens (the KPI chip
 * still shows the figure as off target).
 */
export function judgeAlert(kind: MetricKind, direction: MetricDirection, current: Counters, previous: Counters, target: number | null, warning: number): AlertJudgement {
  const now = figureOf(kind, direction, current, target, warning);
  const before = figureOf(kind, direction, previous, target, warning);
  const test = changeTest(kind, previous, current);
  const worse = test !== null && (direction === 'higher_is_better' ? test.difference < 0 : test.difference > 0);
  return {
    current: now,
    previous: before,
    test,
    breach: now.status === 'OFF_TARGET' && worse && test.significant,
    recovered: now.status === 'ON_TARGET' || now.status === 'WARNING',
  };
}
