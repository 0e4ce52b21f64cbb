import { createCommentAnalyser } from './comment-analysis';
import { AFTER_CONTRAST, BEFORE_CONTRAST, NEGATION_SCALE, scoreSentiment, SENTIMENT_ALPHA, sentimentLabel } from './comment-sentiment';
import { tokenizeEnglish } from './comment-tokens';
import { EN_SENTIMENT_LEXICON, ZH_SENTIMENT_LEXICON } from './sentiment-lexicon';

/** Stand-in for jieba: splits on spaces, so each test states the segmentation it assumes. */
const analyse = createCommentAnalyser((text) => text.split(/(\s+|，|。)/));
const zh = (segmented: string) => scoreSentiment(segmented.split(' '), ZH_SENTIMENT_LEXICON);
const en = (text: string) => scoreSentiment(tokenizeEnglish(text), EN_SENTIMENT_LEXICON);
/** The documented normalisation, computed here independently of the implementation. */
const normalised = (s: number) => Math.round((s / Math.sqrt(s * s + SENTIMENT_ALPHA)) * 10000) / 10000;

describe('scoreSentiment (Chinese)', () => {
  it('scores a plain word by its valence: 好 (+2) → 2/√(4+4)', () => {
    expect(zh('好')).toBe(normalised(2));
    expect(zh('好')).toBeCloseTo(0.7071, 4);
  });

  it('reads 不满意 as negative: 满意 (+2) negated → −0.75 × 2 = −1.5', () => {
    expect(zh('不 满意')).toBe(normalised(-1.5));
    expect(sentimentLabel(zh('不 满意'))).toBe('negative');
  });

  it('reads 没有问题 as not negative: 问题 (−1) negated → +0.75', () => {
    expect(zh('没有 问题')).toBe(normalised(0.75));
    expect(sentimentLabel(zh('没有 问题'))).not.toBe('negative');
  });

  it('scores 非常好 above 好: 非常 multiplies by 1.8', () => {
    expect(zh('非常 好')).toBe(normalised(3.6));
    expect(zh('非常 好')).toBeGreaterThan(zh('好'));
  });

  it('lets a negator reach over up to two tokens but not across a comma', () => {
    expect(zh('不 是 很 满意')).toBe(normalised(-0.75 * 1.5 * 2));
    expect(zh('没 什么 可 抱怨 的')).toBeGreaterThan(0);
    expect(zh('不 ， 满意')).toBe(normalised(2));
  });

  it('spends a negator on the first sentiment word only', () => {
    // 不 满意 (−1.5) then 失望 (−2) stays negative: −3.5
    expect(zh('不 满意 失望')).toBe(normalised(-3.5));
  });

  it('reads glued modifiers that jieba keeps as one word: 太贵 = 太 × 贵', () => {
    expect(zh('太贵 了')).toBe(normalised(-1 * 1.8));
  });

  it('weighs what follows 但是 more than what precedes it', () => {
    // 价格 便宜 (+1), 但是, 质量 太 差 (−2 × 1.8 = −3.6): 0.5 × 1 + 1.5 × −3.6 = −4.9
    expect(zh('价格 便宜 ， 但是 质量 太 差')).toBe(normalised(BEFORE_CONTRAST * 1 + AFTER_CONTRAST * -3.6));
  });

  it('gives 0 to a comment with no sentiment word', () => {
    expect(zh('请问 物业费 可以 用 微信 缴纳 吗')).toBe(0);
    expect(sentimentLabel(0)).toBe('neutral');
  });
});

describe('scoreSentiment (English)', () => {
  it('reads "not good" as negative', () => {
    expect(en('not good')).toBe(normalised(-NEGATION_SCALE * 2));
    expect(sentimentLabel(en('not good'))).toBe('negative');
  });

  it('splits n\'t into a negation: "isn\'t helpful" = "is not helpful"', () => {
    expect(tokenizeEnglish("The agent isn't helpful, we can't wait.")).toEqual(['the', 'agent', 'is', 'not', 'helpful', ',', 'we', 'can', 'not', 'wait', '.']);
    expect(en("isn't helpful")).toBe(en('is not helpful'));
    expect(en("isn't helpful")).toBeLessThan(0);
  });

  it('reads "no problem" as positive and "never fixed" as negative', () => {
    expect(en('no problem')).toBeGreaterThan(0);
    expect(en('the leak was never fixed')).toBeLessThan(0);
  });

  it('scales with intensifiers: "very good" > "good", "extremely bad" < "bad"', () => {
    expect(en('very good')).toBe(normalised(3));
    expect(en('very good')).toBeGreaterThan(en('good'));
    expect(en('extremely bad')).toBeLessThan(en('bad'));
  });

  it('weighs a mixed sentence by what follows "but"', () => {
    // polite (+2) × 0.5; then problem (−1.5) and never solved (1.5 × −0.75), × 1.5: 1 − 3.9375.
    expect(en('the staff were polite but the problem was never solved')).toBe(normalised(BEFORE_CONTRAST * 2 + AFTER_CONTRAST * (-1.5 - NEGATION_SCALE * 1.5)));
    expect(en('the staff were polite and the problem was never solved')).toBe(normalised(2 - 1.5 - NEGATION_SCALE * 1.5));
    expect(sentimentLabel(en('cheap, but the quality is terrible'))).toBe('negative');
  });
});

describe('createCommentAnalyser', () => {
  const topics = [{ key: 'elevator', name: { en: 'Elevators', 'zh-CN': '电梯' }, keywords: { zh: ['电梯'], en: ['elevator', 'lift'] } }];

  it('detects the language, scores and tags a Chinese comment', () => {
    const analysis = analyse('电梯 很 差', topics);
    expect(analysis).toEqual({ language: 'zh', sentiment: normalised(-2 * 1.5), topics: ['elevator'], tokens: ['电梯', '很', '差'] });
  });

  it('scores English with the English lexicon', () => {
    expect(analyse('The lift is great', topics)).toMatchObject({ language: 'en', sentiment: normalised(3), topics: ['elevator'] });
  });

  it('does not score a language it has no lexicon for, but still tags it', () => {
    expect(analyse('エレベーターが壊れた 电梯', topics)).toMatchObject({ language: 'other', sentiment: null, topics: ['elevator'] });
  });
});
