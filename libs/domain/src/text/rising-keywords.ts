import { CLAUSE_BREAKS } from './comment-tokens';

export interface RisingKeyword {
  term: string;
  /** Occurrences in the target documents. */
  count: number;
  /** count ÷ all keyword tokens of the target documents. */
  tf: number;
  /** ln((1 + N) / (1 + df)) + 1 over the N baseline documents, df of them containing the term. */
  idf: number;
  /** tf × idf. */
  score: number;
}

export interface RisingKeywordOptions {
  /** Most keywords returned (default 10). */
  limit?: number;
  /** A term needs at least this many occurrences in the target (default 2), so one odd comment is not a trend. */
  minCount?: number;
}

/**
 * Keywords that rise in one touchpoint and period against the workspace's baseline (DESIGN.md
 * §3b): TF-IDF with the term frequency taken over the target documents (the touchpoint's comments
 * in the period) and the smoothed inverse document frequency over the baseline documents (the
 * workspace's comments, which may include the target's). Each document is a list of keyword
 * tokens (see `keywordTokens`). Ordered by score, then term, so equal scores list stably.
 */
export function risingKeywords(
  target: readonly (readonly string[])[],
  baseline: readonly (readonly string[])[],
  options: RisingKeywordOptions = {},
): RisingKeyword[] {
  const { limit = 10, minCount = 2 } = options;
  const counts = new Map<string, number>();
  let total = 0;
  for (const doc of target) {
    for (const term of doc) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      total++;
    }
  }
  if (total === 0) return [];
  const df = new Map<string, number>();
  for (const doc of baseline) {
    for (const term of new Set(doc)) if (counts.has(term)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = baseline.length;
  const keywords: RisingKeyword[] = [];
  for (const [term, count] of counts) {
    if (count < minCount) continue;
    const tf = count / total;
    const idf = Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
    keywords.push({ term, count, tf, idf, score: tf * idf });
  }
  keywords.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return keywords.slice(0, limit);
}

const EN_STOP_WORDS = new Set(
  `the a an and or but if then than so to of in on at by for with from into onto about as is are was were be been being am do does did
  done have has had having it its this that these those there here i me my we our us you your he she him her they them their what which
  who whom when where why how all any each some such not no nor very too can will would should could may might must just also only
  again once more most other own same both few over under after before while until up down out off get got one two three`.split(/\s+/),
);

const ZH_STOP_WORDS = new Set(
  `我们 你们 他们 她们 它们 这个 那个 这些 那些 什么 怎么 没有 还是 就是 一个 已经 因为 所以 但是 可以 如果 还有 非常 自己 这样 那样 一下
  现在 然后 而且 或者 以及 还要 需要 觉得 感觉 知道 时候 今天 昨天 明天 请问 一直 真的 特别 比较`.split(/\s+/),
);

/**
 * The tokens worth counting as keywords: no punctuation or numbers, no stop words, no single
 * Chinese characters (mostly particles: 的, 了, 很) and no English words under three letters.
 */
export function keywordTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => {
    if (CLAUSE_BREAKS.has(t) || !/\p{L}/u.test(t) || /^[\p{P}\p{S}]+$/u.test(t)) return false;
    if (/\p{Script=Han}/u.test(t)) return [...t].length > 1 && !ZH_STOP_WORDS.has(t);
    return t.length >= 3 && !EN_STOP_WORDS.has(t);
  });
}
