import { CLAUSE_BREAKS } from './comment-tokens';
import type { SentimentLexicon } from './sentiment-lexicon';

/** A negator flips the next sentiment word at most this many tokens later (same clause). */
export const NEGATION_WINDOW = 3;
/** An intensifier scales the next sentiment word at most this many tokens later (same clause). */
export const INTENSIFIER_WINDOW = 2;
/** A negated word counts −0.75 × its valence: "not good" is less negative than "bad" (as in VADER). */
export const NEGATION_SCALE = 0.75;
/** Around the last "but"/"但是": words before it count half, words after it 1.5 times. */
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
/** Normalisation constant: sentiment = S / √(S² + α). One plain "好"/"good" (2) gives 0.71. */
export const SENTIMENT_ALPHA = 4;
/** |sentiment| below this reads as neutral (inbox filters, the benchmark's 3 classes). */
export const SENTIMENT_NEUTRAL_BAND = 0.2;

export type SentimentLabel = 'positive' | 'negative' | 'neutral';

interface Hit {
  index: number;
  value: number;
}

/**
 * Sentiment −1…+1 of a tokenised comment:
 *
 * 1. each token with valence v in the lexicon scores v × m × n, where m is the multiplier of an
 *    intensifier at most INTENSIFIER_WINDOW tokens earlier (else 1) and n is −NEGATION_SCALE when a
 *    negator stands at most NEGATION_WINDOW tokens earlier (else 1); a modifier is spent on the first
 *    sentiment word it reaches, and clause punctuation cancels pending modifiers;
 * 2. a Chinese token that is not in the lexicon but is a negator or intensifier glued to a lexicon
 *    word (太贵, 不值, 很差, 没用) is read as the two;
 * 3. with a contrast word ("但是", "but"), hits before the last one × BEFORE_CONTRAST, after × AFTER_CONTRAST;
 * 4. S = Σ hits; sentiment = S / √(S² + SENTIMENT_ALPHA) (0 when no word carries sentiment).
 */
export function scoreSentiment(tokens: readonly string[], lexicon: SentimentLexicon): number {
  const hits: Hit[] = [];
  let negationLeft = 0;
  let intensity = 1;
  let intensityLeft = 0;
  let lastContrast = -1;

  const applyWord = (index: number, valence: number) => {
    let value = valence;
    if (intensityLeft > 0) value *= intensity;
    if (negationLeft > 0) value *= -NEGATION_SCALE;
    hits.push({ index, value });
    negationLeft = 0;
    intensityLeft = 0;
  };

  tokens.forEach((token, index) => {
    if (CLAUSE_BREAKS.has(token)) {
      negationLeft = 0;
      intensityLeft = 0;
      return;
    }
    if (lexicon.contrasts.has(token)) {
      lastContrast = index;
      negationLeft = 0;
      intensityLeft = 0;
      return;
    }
    const valence = lexicon.valences.get(token);
    if (valence !== undefined) return applyWord(index, valence);
    // Age pending modifiers before this token possibly sets new ones.
    negationLeft = Math.max(0, negationLeft - 1);
    intensityLeft = Math.max(0, intensityLeft - 1);
    if (lexicon.negators.has(token)) {
      negationLeft = NEGATION_WINDOW;
      return;
    }
    const multiplier = lexicon.intensifiers.get(token);
    if (multiplier !== undefined) {
      intensity = multiplier;
      intensityLeft = INTENSIFIER_WINDOW;
      return;
    }
    const glued = splitGlued(token, lexicon);
    if (glued) {
      if (glued.negated) negationLeft = 1;
      if (glued.multiplier !== undefined) {
        intensity = glued.multiplier;
        intensityLeft = 1;
      }
      applyWord(index, glued.valence);
    }
  });

  let sum = 0;
  for (const hit of hits) {
    const weight = lastContrast < 0 ? 1 : hit.index < lastContrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += hit.value * weight;
  }
  return sum === 0 ? 0 : round(sum / Math.sqrt(sum * sum + SENTIMENT_ALPHA));
}

export function sentimentLabel(sentiment: number): SentimentLabel {
  if (sentiment >= SENTIMENT_NEUTRAL_BAND) return 'positive';
  if (sentiment <= -SENTIMENT_NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

/** 太贵 → 太 + 贵; 不值 → 不 + 值; 很不满 → 很 + 不 + 满 is not tried (one prefix only). */
function splitGlued(token: string, lexicon: SentimentLexicon): { valence: number; negated: boolean; multiplier?: number } | null {
  // Negators and intensifiers are BMP characters, so cutting UTF-16 units is cutting characters.
  for (const cut of [1, 2]) {
    if (token.length <= cut) break;
    const head = token.slice(0, cut);
    if (!lexicon.negators.has(head) && !lexicon.intensifiers.has(head)) continue;
    const valence = lexicon.valences.get(token.slice(cut));
    if (valence === undefined) continue;
    if (lexicon.negators.has(head)) return { valence, negated: true };
    const multiplier = lexicon.intensifiers.get(head);
    if (multiplier !== undefined) return { valence, negated: false, multiplier };
  }
  return null;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
