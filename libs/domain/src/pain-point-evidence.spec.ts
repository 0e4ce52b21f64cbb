import { emotionFarBelowDesign, negativeTopicCluster, suggestionKey } from './pain-point-evidence';

describe('pain-point evidence rules', () => {
  it('calls emotion far below the design only when the whole interval is a step below', () => {
    const measured = (value: number, high: number, n = 40) => ({ value, interval: { low: value - 0.5, high }, n, lowSample: false });
    expect(emotionFarBelowDesign(2, measured(0.5, 1))).toBe(true);
    expect(emotionFarBelowDesign(2, measured(0.5, 1.2))).toBe(false);
    expect(emotionFarBelowDesign(2, measured(0.5, 1, 9))).toBe(false);
    expect(emotionFarBelowDesign(2, null)).toBe(false);
  });

  it('finds a negative topic cluster when the Wilson interval of the negative share is above one half', () => {
    // 18 of 20 negative: p = 0.9, Wilson low = (0.9 + 1.96²/40 − 1.96·√(0.9·0.1/20 + 1.96²/1600)) / (1 + 1.96²/20) ≈ 0.699.
    const z = 1.959963984540054;
    const low = (0.9 + (z * z) / 40 - z * Math.sqrt((0.9 * 0.1) / 20 + (z * z) / 1600)) / (1 + (z * z) / 20);
    const c = negativeTopicCluster(20, 18);
    expect(c?.value).toBeCloseTo(90, 9);
    expect(c?.interval.low).toBeCloseTo(100 * low, 6);
    expect(negativeTopicCluster(20, 12)).toBeNull(); // 60 %: the interval reaches below one half
    expect(negativeTopicCluster(6, 6)).toBeNull(); // too few comments
    expect(suggestionKey('negative_topic', 't1', '漏水')).toBe('negative_topic:t1:漏水');
  });
});
