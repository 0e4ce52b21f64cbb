import { clampEmotion, curvePath, curvePoints, EMOTION_VALUES, emotionTone, emotionY, zeroLineY } from './emotion-curve';

const box = { height: 160, padding: 20 };

describe('emotion curve geometry', () => {
  it('puts +3 at the top, −3 at the bottom and 0 in the middle of the lane', () => {
    expect(emotionY(3, box)).toBe(20);
    expect(emotionY(-3, box)).toBe(140);
    expect(emotionY(0, box)).toBe(80);
    expect(zeroLineY(box)).toBe(80);
    expect(emotionY(1, box)).toBe(60);
    expect(emotionY(-2, box)).toBe(120);
  });

  it('clamps and rounds out-of-range values', () => {
    expect(clampEmotion(7)).toBe(3);
    expect(clampEmotion(-9)).toBe(-3);
    expect(clampEmotion(1.6)).toBe(2);
    expect(clampEmotion(Number.NaN)).toBe(0);
    expect(emotionY(10, box)).toBe(emotionY(3, box));
  });

  it('colours negative red, zero amber, positive green', () => {
    expect([-3, -1, 0, 1, 3].map(emotionTone)).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it('lists the selector values from +3 down to −3', () => {
    expect(EMOTION_VALUES).toEqual([3, 2, 1, 0, -1, -2, -3]);
  });

  it('makes one point per touchpoint in map order', () => {
    const points = curvePoints(
      [
        { id: 'a', emotion: -1, x: 100 },
        { id: 'b', emotion: 2, x: 300 },
        { id: 'c', emotion: 0, x: 500 },
      ],
      box,
    );
    expect(points).toEqual([
      { id: 'a', x: 100, y: 100, emotion: -1, tone: 'negative' },
      { id: 'b', x: 300, y: 40, emotion: 2, tone: 'positive' },
      { id: 'c', x: 500, y: 80, emotion: 0, tone: 'neutral' },
    ]);
  });
});

describe('curvePath', () => {
  const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

  it('handles no, one and two points', () => {
    expect(curvePath([])).toBe('');
    expect(curvePath([{ x: 10, y: 20 }])).toBe('M10,20');
    expect(curvePath([{ x: 10, y: 20 }, { x: 30, y: 40 }])).toBe('M10,20L30,40');
  });

  it('passes through every point, one cubic segment between neighbours', () => {
    const pts = [
      { x: 100, y: 80 },
      { x: 300, y: 20 },
      { x: 500, y: 140 },
      { x: 700, y: 100 },
    ];
    const d = curvePath(pts);
    expect(d.startsWith('M100,80')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(3);
    for (const p of pts.slice(1)) expect(d).toContain(` ${p.x},${p.y}`);
  });

  it('never overshoots: control points stay within the neighbours’ y range (monotone)', () => {
    const pts = [
      { x: 0, y: 100 },
      { x: 200, y: 140 },
      { x: 400, y: 140 },
      { x: 600, y: 20 },
      { x: 800, y: 30 },
    ];
    const d = curvePath(pts);
    const segments = d.split('C').slice(1);
    segments.forEach((segment, i) => {
      const [, c1y, , c2y] = numbers(segment);
      const lo = Math.min(pts[i]!.y, pts[i + 1]!.y);
      const hi = Math.max(pts[i]!.y, pts[i + 1]!.y);
      expect(c1y).toBeGreaterThanOrEqual(lo);
      expect(c1y).toBeLessThanOrEqual(hi);
      expect(c2y).toBeGreaterThanOrEqual(lo);
      expect(c2y).toBeLessThanOrEqual(hi);
    });
  });

  it('is flat between equal neighbours', () => {
    const d = curvePath([
      { x: 0, y: 50 },
      { x: 100, y: 50 },
      { x: 200, y: 50 },
    ]);
    expect(d).toBe('M0,50C33.33,50 66.67,50 100,50C133.33,50 166.67,50 200,50');
  });
});
