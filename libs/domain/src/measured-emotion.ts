import { meanFromSums, type MetricFigure } from './metric-math';

/** The map's emotion scale is −3…+3; measured emotion is a mean on −1…+1 stretched to it. */
export const MEASURED_EMOTION_SCALE = 3;

export interface SurveyScores {
  nps: number | null;
  csat: number | null;
  ces: number | null;
}

/**
 * Each survey score on −1…+1 around its scale's neutral point (DESIGN.md §3b): NPS 0–10 around 5,
 * CSAT 1–5 around 3, CES 1–7 around 4, so a 10, a 5 and a 7 all read +1.
 */
export const normalisedScores = ({ nps, csat, ces }: SurveyScores): number[] => {
  const out: number[] = [];
  if (nps !== null) out.push((nps - 5) / 5);
  if (csat !== null) out.push((csat - 3) / 2);
  if (ces !== null) out.push((ces - 4) / 3);
  return out;
};

/**
 * One response's emotion on −1…+1: the mean of its normalised scores, blended 50/50 with its
 * comment's sentiment (−1…+1) when it has one. A comment without scores counts by its sentiment
 * alone (it still says how the moment felt); a response with neither is not counted (null).
 */
export function responseEmotion(scores: SurveyScores, sentiment: number | null): number | null {
  const parts = normalisedScores(scores);
  const scored = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : null;
  if (scored === null) return sentiment;
  return sentiment === null ? scored : (scored + sentiment) / 2;
}

const clip3 = (v: number) => Math.max(-MEASURED_EMOTION_SCALE, Math.min(MEASURED_EMOTION_SCALE, v));

/**
 * Measured emotion of a touchpoint from roll-up counters of response emotions (n, Σe, Σe²): the
 * mean × 3 with its t-based 95 % interval (also × 3, clipped to the scale). Null at n = 0.
 */
export function measuredEmotion(n: number, sum: number, sumSquares: number): MetricFigure | null {
  const mean = meanFromSums(n, sum, sumSquares);
  if (!mean) return null;
  return {
    value: MEASURED_EMOTION_SCALE * mean.value,
    interval: { low: clip3(MEASURED_EMOTION_SCALE * mean.interval.low), high: clip3(MEASURED_EMOTION_SCALE * mean.interval.high) },
    n,
    lowSample: mean.lowSample,
  };
}
