import { paginateStages } from './journey-map-pdf';

describe('paginateStages', () => {
  it('keeps whole stages together and splits only a stage wider than a page (counted by hand)', () => {
    // Touchpoints per stage: 2, 1, 3, 0 (an empty stage takes one column), 6, 1, 2.
    const counts = [2, 1, 3, 0, 6, 1, 2];
    // Five columns a page: [2+1] | [3+empty] | [first 5 of 6] | [last 1 of 6, 1, 2].
    expect(paginateStages(counts, 5)).toEqual([
      { parts: [{ stage: 0, from: 0, count: 2, continued: false }, { stage: 1, from: 0, count: 1, continued: false }] },
      { parts: [{ stage: 2, from: 0, count: 3, continued: false }, { stage: 3, from: 0, count: 0, continued: false }] },
      { parts: [{ stage: 4, from: 0, count: 5, continued: false }] },
      { parts: [{ stage: 4, from: 5, count: 1, continued: true }, { stage: 5, from: 0, count: 1, continued: false }, { stage: 6, from: 0, count: 2, continued: false }] },
    ]);
    // Eight a page: [2+1+3+empty] | [6+1] | [2].
    expect(paginateStages(counts, 8).map((p) => p.parts.map((x) => x.stage))).toEqual([[0, 1, 2, 3], [4, 5], [6]]);
    expect(paginateStages([], 5)).toEqual([]);
  });
});
