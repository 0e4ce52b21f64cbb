import { EMOTION_MAX, EMOTION_MIN } from '@opencx/domain';

export type EmotionTone = 'negative' | 'neutral' | 'positive';

export const EMOTION_VALUES: readonly number[] = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MAX - i);

export const EMOTION_COLORS: Readonly<Record<EmotionTone, string>> = {
  negative: '#d4380d',
  neutral: '#d48806',
  positive: '#389e0d',
};

/** The same tones for text on white (at least 4.5:1; the curve's colours are for lines and dots). */
export const EMOTION_TEXT_COLORS: Readonly<Record<EmotionTone, string>> = {
  negative: '#b0300b',
  neutral: '#8a5a00',
  positive: '#237804',
};

export function clampEmotion(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(value)));
}

/** Red below zero, amber at zero, green above. */
export function emotionTone(emotion: number): EmotionTone {
  const e = clampEmotion(emotion);
  return e < 0 ? 'negative' : e > 0 ? 'positive' : 'neutral';
}

export interface CurveBox {
  height: number;
  /** Space kept free above +3 and below −3 so points and labels are not cut off. */
  padding: number;
}

/** y of an emotion inside the lane: +3 at the top, −3 at the bottom, 0 in the middle. */
export function emotionY(emotion: number, box: CurveBox): number {
  const inner = box.height - 2 * box.padding;
  const t = (EMOTION_MAX - clampEmotion(emotion)) / (EMOTION_MAX - EMOTION_MIN);
  return round2(box.padding + t * inner);
}

export function zeroLineY(box: CurveBox): number {
  return emotionY(0, box);
}

export interface CurvePoint {
  id: string;
  x: number;
  y: number;
  emotion: number;
  tone: EmotionTone;
}

/** One point per touchpoint, in map order, at the centre of its column. */
export function curvePoints(items: readonly { id: string; emotion: number; x: number }[], box: CurveBox): CurvePoint[] {
  return items.map((item) => ({ id: item.id, x: round2(item.x), y: emotionY(item.emotion, box), emotion: clampEmotion(item.emotion), tone: emotionTone(item.emotion) }));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * SVG path through the points: a monotone cubic (Fritsch–Carlson), which never overshoots
 * between two points — a curve between −1 and −3 never dips below −3 — and is a straight line
 * for two points. Empty for no points; a single point is a zero-length move so markers still show.
 */
export function curvePath(points: readonly { x: number; y: number }[]): string {
  const n = points.length;
  if (n === 0) return '';
  const first = points[0];
  if (n === 1) return `M${first.x},${first.y}`;
  if (n === 2) return `M${first.x},${first.y}L${points[1].x},${points[1].y}`;

  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const h = points[i + 1].x - points[i].x;
    dx.push(h);
    slope.push(h === 0 ? 0 : (points[i + 1].y - points[i].y) / h);
  }
  const tangent: number[] = new Array(n).fill(0);
  tangent[0] = slope[0];
  tangent[n - 1] = slope[n - 2];
  for (let i = 1; i < n - 1; i++) {
    const a = slope[i - 1];
    const b = slope[i];
    tangent[i] = a * b <= 0 ? 0 : (a + b) / 2;
  }
  for (let i = 0; i < n - 1; i++) {
    const s = slope[i];
    if (s === 0) {
      tangent[i] = 0;
      tangent[i + 1] = 0;
      continue;
    }
    const a = tangent[i] / s;
    const b = tangent[i + 1] / s;
    const r = a * a + b * b;
    if (r > 9) {
      const k = 3 / Math.sqrt(r);
      tangent[i] = k * a * s;
      tangent[i + 1] = k * b * s;
    }
  }
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < n - 1; i++) {
    const p = points[i];
    const q = points[i + 1];
    const h = dx[i] / 3;
    d += `C${round2(p.x + h)},${round2(p.y + tangent[i] * h)} ${round2(q.x - h)},${round2(q.y - tangent[i + 1] * h)} ${q.x},${q.y}`;
  }
  return d;
}
