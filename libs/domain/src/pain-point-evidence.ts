/**
 * When the evidence says a touchpoint hurts (issue 13 "pain points from evidence"): off target,
 * measured emotion far below the designed one, or comments clustering on a negative topic. Pure
 * rules over figures the server has already computed; one place for the thresholds.
 */
import { wilson, type MetricFigure } from './metric-math';

export const PAIN_POINT_SUGGESTION_KINDS = ['off_target', 'emotion_gap', 'negative_topic'] as const;
export type PainPointSuggestionKind = (typeof PAIN_POINT_SUGGESTION_KINDS)[number];

/** Fewest answers behind an emotion or topic suggestion. */
export const SUGGESTION_MIN_N = 10;
/** Measured emotion counts as far below the design when even its interval's top is this many steps below. */
export const EMOTION_GAP_STEPS = 1;
/** Fewest negative comments on a topic to call it a cluster. */
export const TOPIC_MIN_NEGATIVE = 5;

/** The measured emotion's 95 % interval lies at least EMOTION_GAP_STEPS below the designed emotion. */
export function emotionFarBelowDesign(designed: number, measured: MetricFigure | null): boolean {
  return !!measured && measured.n >= SUGGESTION_MIN_N && measured.interval.high <= designed - EMOTION_GAP_STEPS;
}

/**
 * A topic's comments cluster on the negative: at least TOPIC_MIN_NEGATIVE negative comments and the
 * Wilson interval of the negative share lies above one half. Returns the share (%) with its interval.
 */
export function negativeTopicCluster(n: number, negative: number): MetricFigure | null {
  if (n < SUGGESTION_MIN_N || negative < TOPIC_MIN_NEGATIVE) return null;
  const interval = wilson(negative, n);
  if (interval.low <= 50) return null;
  return { value: (100 * negative) / n, interval, n, lowSample: n < 30 };
}

/** The identity of a suggestion's evidence: dismissing it hides this key for good. */
export const suggestionKey = (kind: PainPointSuggestionKind, touchpointId: string, subject: string) => `${kind}:${touchpointId}:${subject}`;
