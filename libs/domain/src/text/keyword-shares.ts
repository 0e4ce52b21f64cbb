import { twoProportionTest } from '../significance';

/** How many comments of each period mention a term. */
export interface TermPeriodCounts {
  term: string;
  /** Comments of this period that contain the term (each comment counts once). */
  current: number;
  /** Comments of the previous period of the same length that contain it. */
  previous: number;
}

export interface KeywordShareChange {
  term: string;
  current: number;
  previous: number;
  /** current ÷ comments of this period, in %. */
  share: number;
  /** previous ÷ comments of the previous period, in %; null when that period had no comments. */
  previousShare: number | null;
  /** share − previousShare in percentage points; null without a previous period. */
  difference: number | null;
  /** Two-proportion z-test of the two shares; null without a previous period. */
  pValue: number | null;
  /** Significant after the Bonferroni correction over every term tested (p < α ÷ terms tested). */
  significant: boolean;
  /** Significant and up: the share rose by more than noise. */
  rising: boolean;
}

export interface KeywordShareOptions {
  /** Family-wise error rate across all terms tested (default 0.05). */
  alpha?: number;
  /** A term needs this many comments in the current period to be tested at all (default 3). */
  minCount?: number;
}

/**
 * A keyword "rises" (DESIGN.md §3b text analytics) when its share of comments this period is
 * higher than in the previous period of the same length by more than noise: the two-proportion
 * z-test of libs/domain significance, with a Bonferroni correction across the terms tested so that
 * fifty words tested at once do not produce two or three "rising" ones by chance. Terms under
 * `minCount` comments this period are not tested (and not returned). Ordered: rising first, then
 * by the smallest p-value, the largest share and the term.
 */
export function keywordShareChanges(terms: readonly TermPeriodCounts[], comments: number, previousComments: number, options: KeywordShareOptions = {}): KeywordShareChange[] {
  const { alpha = 0.05, minCount = 3 } = options;
  if (comments === 0) return [];
  const tested = terms.filter((t) => t.current >= minCount);
  const threshold = alpha / Math.max(1, tested.length);
  const out = tested.map((t): KeywordShareChange => {
    const test = previousComments > 0 ? twoProportionTest(t.previous, previousComments, t.current, comments) : null;
    const significant = test !== null && test.pValue < threshold;
    return {
      term: t.term,
      current: t.current,
      previous: t.previous,
      share: (100 * t.current) / comments,
      previousShare: previousComments > 0 ? (100 * t.previous) / previousComments : null,
      difference: test?.difference ?? null,
      pValue: test?.pValue ?? null,
      significant,
      rising: significant && (test?.difference ?? 0) > 0,
    };
  });
  return out.sort((a, b) => Number(b.rising) - Number(a.rising) || (a.pValue ?? 2) - (b.pValue ?? 2) || b.share - a.share || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
