/**
 * Splits Chinese text into words. The real one is jieba (a native addon, so it lives in a server
 * lib); the pure analysis only needs this function.
 */
export type Segmenter = (text: string) => readonly string[];

/** Sentence and clause punctuation; a negation or an intensifier does not reach across it. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['.', ',', '!', '?', ';', ':', '。', '，', '、', '！', '？', '；', '：', '…', '\n']);

const ENGLISH_TOKEN = /[a-z0-9]+(?:[-'][a-z0-9]+)*|[.,!?;:…\n]/g;

/**
 * English words, lower-cased, with clause punctuation kept as tokens. `n't` becomes a separate
 * `not` (`didn't` → `did not`, `can't` → `can not`, `won't` → `will not`) so negation is one word;
 * other clitics (`'s`, `'re`) are dropped.
 */
export function tokenizeEnglish(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  const tokens: string[] = [];
  for (const [raw] of lower.matchAll(ENGLISH_TOKEN)) {
    if (raw.endsWith("n't")) {
      const stem = raw.slice(0, -3);
      tokens.push(stem === 'wo' ? 'will' : stem === 'ca' ? 'can' : stem, 'not');
    } else if (raw === 'cannot') {
      tokens.push('can', 'not');
    } else {
      tokens.push(raw.replace(/'[a-z]+$/, ''));
    }
  }
  return tokens.filter((t) => t !== '');
}

/** Chinese words from the segmenter: whitespace dropped, Latin words lower-cased, clause punctuation kept. */
export function tokenizeChinese(text: string, segment: Segmenter): string[] {
  const tokens: string[] = [];
  for (const raw of segment(text)) {
    const token = raw.trim().toLowerCase();
    if (token !== '') tokens.push(token);
  }
  return tokens;
}
