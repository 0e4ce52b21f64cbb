import { keywordShareChanges } from './keyword-shares';

describe('keywordShareChanges', () => {
  it('tests each share against the previous period and corrects for the number of terms tested', () => {
    // 漏水: 30 of 100 comments now, 10 of 100 before. Pooled p = 40/200 = 0.2,
    // SE = √(0.2·0.8·(1/100 + 1/100)) = √0.0032 = 0.0565685; z = 0.2 / 0.0565685 = 3.5355; two-sided p = 0.000407.
    // 电梯: 12 of 100 now, 10 of 100 before: z = 0.02 / √(0.11·0.89·0.02) = 0.452, p ≈ 0.65 — noise.
    const out = keywordShareChanges(
      [
        { term: '电梯', current: 12, previous: 10 },
        { term: '漏水', current: 30, previous: 10 },
        { term: '噪音', current: 2, previous: 0 },
      ],
      100,
      100,
    );
    expect(out.map((k) => k.term)).toEqual(['漏水', '电梯']); // 噪音 under minCount is not tested
    const [leak, lift] = out;
    expect(leak.share).toBeCloseTo(30, 10);
    expect(leak.previousShare).toBeCloseTo(10, 10);
    expect(leak.difference).toBeCloseTo(20, 10);
    expect(leak.pValue).toBeCloseTo(0.000407, 5);
    expect(leak.rising).toBe(true);
    const zLift = 0.02 / Math.sqrt(0.11 * 0.89 * 0.02);
    expect(zLift).toBeCloseTo(0.452, 3);
    expect(lift.significant).toBe(false);
    expect(lift.rising).toBe(false);
  });

  it('applies Bonferroni: p ≈ 0.048 is significant alone but not among two terms tested', () => {
    // 20/100 vs 10/100: pooled 0.15, SE = √(0.15·0.85·0.02) = 0.050498, z = 1.9806, p = 0.0476.
    const alone = keywordShareChanges([{ term: 'a', current: 20, previous: 10 }], 100, 100);
    expect(alone[0].pValue).toBeCloseTo(0.0476, 3);
    expect(alone[0].rising).toBe(true);
    const pair = keywordShareChanges(
      [
        { term: 'a', current: 20, previous: 10 },
        { term: 'b', current: 5, previous: 5 },
      ],
      100,
      100,
    );
    expect(pair.find((k) => k.term === 'a')?.rising).toBe(false); // 0.0476 > 0.05 / 2
  });

  it('a falling keyword is significant but not rising; no previous period means nothing is tested', () => {
    const [fall] = keywordShareChanges([{ term: 'x', current: 5, previous: 40 }], 100, 100);
    expect(fall.significant).toBe(true);
    expect(fall.rising).toBe(false);
    expect(fall.difference).toBeCloseTo(-35, 10);
    const [fresh] = keywordShareChanges([{ term: 'x', current: 5, previous: 0 }], 50, 0);
    expect(fresh).toMatchObject({ share: 10, previousShare: null, pValue: null, significant: false, rising: false });
    expect(keywordShareChanges([{ term: 'x', current: 5, previous: 0 }], 0, 10)).toEqual([]);
  });
});
