import { measuredEmotion, normalisedScores, responseEmotion } from './measured-emotion';

// Expected values computed by hand from DESIGN.md §3b, not by this code.
describe('measured emotion of one response', () => {
  it('normalises NPS (x−5)/5, CSAT (x−3)/2 and CES (x−4)/3 to −1…+1', () => {
    expect(normalisedScores({ nps: 10, csat: 5, ces: 7 })).toEqual([1, 1, 1]);
    expect(normalisedScores({ nps: 0, csat: 1, ces: 1 })).toEqual([-1, -1, -1]);
    expect(normalisedScores({ nps: 5, csat: 3, ces: 4 })).toEqual([0, 0, 0]);
    const [n, c, e] = normalisedScores({ nps: 8, csat: 4, ces: 6 });
    expect(n).toBeCloseTo(0.6, 12);
    expect(c).toBeCloseTo(0.5, 12);
    expect(e).toBeCloseTo(2 / 3, 12);
    expect(normalisedScores({ nps: null, csat: null, ces: null })).toEqual([]);
  });

  it('averages the scores it carries and blends 50/50 with the comment sentiment', () => {
    expect(responseEmotion({ nps: 8, csat: 4, ces: null }, null)).toBeCloseTo(0.55, 12); // (0.6 + 0.5)/2
    expect(responseEmotion({ nps: 0, csat: 1, ces: null }, 0.5)).toBeCloseTo(-0.25, 12); // (−1 + 0.5)/2
    expect(responseEmotion({ nps: null, csat: null, ces: 1 }, -0.2)).toBeCloseTo(-0.6, 12); // (−1 − 0.2)/2
    expect(responseEmotion({ nps: null, csat: null, ces: null }, 0.4)).toBe(0.4);
    expect(responseEmotion({ nps: null, csat: null, ces: null }, null)).toBeNull();
  });
});

describe('measured emotion of a touchpoint', () => {
  it('is the mean × 3 with a t interval × 3, clipped to −3…+3', () => {
    // Emotions 1, −0.25, 0.55, −0.6, 0.4: n = 5, Σ = 1.1, Σ² = 1.885, mean 0.22 → 0.66.
    // s² = (1.885 − 5·0.0484)/4 = 0.41075, SE = 0.64090/√5 = 0.28662, t₄ = 2.776 → ±0.79566
    // → mean interval −0.57566…1.01566, × 3 → −1.72698…3.04698, the top clipped to 3.
    const f = measuredEmotion(5, 1.1, 1.885)!;
    expect(f.value).toBeCloseTo(0.66, 10);
    expect(f.n).toBe(5);
    expect(f.lowSample).toBe(true);
    expect(f.interval.low).toBeCloseTo(-1.727, 3);
    expect(f.interval.high).toBe(3);
  });

  it('is absent at n = 0 and has a zero-width interval at n = 1', () => {
    expect(measuredEmotion(0, 0, 0)).toBeNull();
    const one = measuredEmotion(1, -0.5, 0.25)!;
    expect(one.value).toBeCloseTo(-1.5, 12);
    expect(one.interval).toEqual({ low: -1.5, high: -1.5 });
  });
});
