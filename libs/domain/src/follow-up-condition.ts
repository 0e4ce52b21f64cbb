/**
 * The follow-up rule condition language (plugins' `followUpRules` and workspace rules share it):
 * comparisons of a response's scores (core and custom metric keys) or an observation's value with a
 * constant, combined with `any` / `all`.
 */
export const FOLLOW_UP_OPERATORS = ['lt', 'lte', 'eq', 'neq', 'gte', 'gt'] as const;
export type FollowUpOperator = (typeof FOLLOW_UP_OPERATORS)[number];

/** Compares one score of a feedback response (a core or plugin metric key) with a constant. */
export interface FollowUpComparison {
  readonly metric: string;
  readonly op: FollowUpOperator;
  readonly value: number;
}

export interface FollowUpAnyCondition {
  readonly any: readonly FollowUpCondition[];
}

export interface FollowUpAllCondition {
  readonly all: readonly FollowUpCondition[];
}

export type FollowUpCondition = FollowUpComparison | FollowUpAnyCondition | FollowUpAllCondition;


/** Scores of one feedback response by metric key (core and custom); absent scores never match. */
export type FollowUpScores = Readonly<Record<string, number | null | undefined>>;

const COMPARATORS: Record<FollowUpOperator, (actual: number, expected: number) => boolean> = {
  lt: (a, e) => a < e,
  lte: (a, e) => a <= e,
  eq: (a, e) => a === e,
  neq: (a, e) => a !== e,
  gte: (a, e) => a >= e,
  gt: (a, e) => a > e,
};

export function isFollowUpComparison(condition: FollowUpCondition): condition is FollowUpComparison {
  return 'metric' in condition;
}

/** Whether a response's scores satisfy a follow-up rule's `when` condition. */
export function evaluateFollowUpCondition(condition: FollowUpCondition, scores: FollowUpScores): boolean {
  if ('any' in condition) return condition.any.some((c) => evaluateFollowUpCondition(c, scores));
  if ('all' in condition) return condition.all.every((c) => evaluateFollowUpCondition(c, scores));
  const actual = scores[condition.metric];
  if (typeof actual !== 'number' || Number.isNaN(actual)) return false;
  return COMPARATORS[condition.op](actual, condition.value);
}

/** Every metric key a condition reads, in order of appearance. */
export function followUpConditionMetrics(condition: FollowUpCondition): string[] {
  if ('any' in condition) return condition.any.flatMap(followUpConditionMetrics);
  if ('all' in condition) return condition.all.flatMap(followUpConditionMetrics);
  return [condition.metric];
}
