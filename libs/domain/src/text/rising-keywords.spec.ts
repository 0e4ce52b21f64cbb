import { keywordTokens, risingKeywords } from './rising-keywords';

describe('risingKeywords', () => {
  // Baseline: 4 workspace comments. df: a 3, b 2, c 1, d 1 (N = 4).
  const baseline = [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b']];
  // Target: the touchpoint's 2 comments in the period, 5 tokens: c ×3, a ×1, d ×1.
  const target = [['c', 'c', 'a'], ['c', 'd']];

  it('scores tf × smoothed idf, computed by hand', () => {
    const result = risingKeywords(target, baseline, { minCount: 1 });
    // c: tf 3/5 = 0.6, idf ln(5/2) + 1 = 1.916291, score 1.149774
    // d: tf 0.2, idf 1.916291, score 0.383258;  a: tf 0.2, idf ln(5/4) + 1 = 1.223144, score 0.244629
    expect(result.map((k) => k.term)).toEqual(['c', 'd', 'a']);
    expect(result[0]).toMatchObject({ term: 'c', count: 3, tf: 0.6 });
    expect(result[0].idf).toBeCloseTo(1.916291, 6);
    expect(result[0].score).toBeCloseTo(1.149774, 6);
    expect(result[1].score).toBeCloseTo(0.383258, 6);
    expect(result[2].idf).toBeCloseTo(1.223144, 6);
    expect(result[2].score).toBeCloseTo(0.244629, 6);
  });

  it('drops terms below minCount (default 2) and respects the limit', () => {
    expect(risingKeywords(target, baseline).map((k) => k.term)).toEqual(['c']);
    expect(risingKeywords(target, baseline, { minCount: 1, limit: 2 }).map((k) => k.term)).toEqual(['c', 'd']);
  });

  it('gives a term absent from the baseline the highest idf, ln(N + 1) + 1', () => {
    const [k] = risingKeywords([['e', 'e']], baseline);
    expect(k.idf).toBeCloseTo(Math.log(5) + 1, 10);
  });

  it('lists equal scores by term and returns nothing for an empty target', () => {
    expect(risingKeywords([['y', 'x']], [], { minCount: 1 }).map((k) => k.term)).toEqual(['x', 'y']);
    expect(risingKeywords([], baseline)).toEqual([]);
  });
});

describe('keywordTokens', () => {
  it('keeps content words only', () => {
    expect(keywordTokens(['电梯', '又', '坏', '了', '，', '我们', '很', '生气', '3', 'the', 'lift', 'is', 'broken', '!', 'ok'])).toEqual(['电梯', '生气', 'lift', 'broken']);
  });
});
