import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentimentLabel, SENTIMENT_NEUTRAL_BAND, type SentimentLabel } from '@opencx/domain';
import { analyseComment } from '@opencx/server-feedback';
import type { BenchResult } from './report';
import type { Size } from './bench-kit';

/** The bar: three-class accuracy (positive / neutral / negative) per language on the labelled set. */
export const SENTIMENT_ACCURACY_BAR = 0.75;
const LABELS: SentimentLabel[] = ['positive', 'neutral', 'negative'];
const LANGUAGES = ['zh', 'en'] as const;

interface Labelled {
  language: (typeof LANGUAGES)[number];
  label: SentimentLabel;
  text: string;
}

/** `language,label,"text"` lines; the text is the last field, quoted, with "" for a quote. */
export function readLabelledSet(path: string): Labelled[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const match = /^(zh|en),(positive|neutral|negative),"((?:[^"]|"")*)"$/.exec(line);
    if (!match) throw new Error(`${path}:${i + 2}: expected language,label,"text"`);
    return { language: match[1] as Labelled['language'], label: match[2] as SentimentLabel, text: match[3].replace(/""/g, '"') };
  });
}

/**
 * Sentiment accuracy (DESIGN.md §3b: measured, not asserted): every comment of the hand-labelled
 * set goes through the same `analyseComment` as ingestion; its score is read as positive /
 * neutral / negative with the ±SENTIMENT_NEUTRAL_BAND band, and compared with the label.
 */
export async function sentimentBench(_size: Size, log: (line: string) => void): Promise<BenchResult> {
  const set = readLabelledSet(join(__dirname, 'data', 'sentiment-labelled.csv'));
  log(`${set.length} labelled comments`);
  const lines: string[] = [`labels read with |sentiment| < ${SENTIMENT_NEUTRAL_BAND} as neutral`];
  const checks: BenchResult['checks'] = [];
  for (const language of LANGUAGES) {
    const rows = set.filter((r) => r.language === language);
    const confusion = new Map(LABELS.map((l) => [l, new Map(LABELS.map((p) => [p, 0]))]));
    let correct = 0;
    let wrongLanguage = 0;
    for (const row of rows) {
      const analysis = analyseComment(row.text, []);
      if (analysis.language !== language) wrongLanguage++;
      const predicted = sentimentLabel(analysis.sentiment ?? 0);
      const cell = confusion.get(row.label) as Map<SentimentLabel, number>;
      cell.set(predicted, (cell.get(predicted) ?? 0) + 1);
      if (predicted === row.label) correct++;
    }
    const accuracy = correct / rows.length;
    lines.push(`${language}: ${correct}/${rows.length} correct, language detected wrongly for ${wrongLanguage}`);
    lines.push(`  ${'label \\ predicted'.padEnd(18)}${LABELS.map((l) => l.padStart(10)).join('')}`);
    for (const label of LABELS) {
      const cell = confusion.get(label) as Map<SentimentLabel, number>;
      lines.push(`  ${label.padEnd(18)}${LABELS.map((p) => String(cell.get(p)).padStart(10)).join('')}`);
    }
    checks.push({ label: `${language} 3-class accuracy ≥ ${SENTIMENT_ACCURACY_BAR}`, value: accuracy.toFixed(3), pass: accuracy >= SENTIMENT_ACCURACY_BAR });
  }
  return { name: `sentiment (${set.length} hand-labelled comments)`, lines, checks };
}
