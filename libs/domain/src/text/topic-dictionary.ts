import type { LocalizedText } from '../locale';

/** Limits a plugin's topics are validated against; a topic key becomes a feedback tag (≤ 40 characters). */
export const TOPIC_KEY_MAX_LENGTH = 40;
export const TOPIC_KEYWORD_MAX_LENGTH = 40;
export const TOPIC_KEYWORDS_MAX = 100;
export const TOPICS_MAX = 200;

/** A topic a plugin contributes (DESIGN.md §3b): a comment mentioning any keyword is tagged with `key`. */
export interface TopicDefinition {
  /** kebab-case; the tag stored on matching feedback. */
  readonly key: string;
  readonly name: LocalizedText;
  /** Chinese keywords match as substrings; English ones as whole words (a plural `s`/`es` allowed), case-insensitively. */
  readonly keywords: { readonly zh: readonly string[]; readonly en: readonly string[] };
}

interface CompiledTopics {
  keys: string[];
  /** First character of each Chinese keyword → the keywords starting with it and their topic's index in `keys`. */
  zhByFirstChar: Map<string, { keyword: string; topic: number }[]>;
  /** One alternation of all English keywords; the matched text (without a plural ending) maps to topics. */
  en: RegExp | null;
  enTopics: Map<string, number[]>;
}

const compiled = new WeakMap<readonly TopicDefinition[], CompiledTopics>();

/**
 * Topic keys mentioned in a comment, in dictionary order. Topics with the same key (two plugins
 * both contributing `price`) are one tag. Matching is on the raw text rather than on tokens, so a
 * keyword jieba would split (物业费 → 物业|费 in some contexts) still matches. One pass over the
 * text whatever the number of topics: Chinese keywords are looked up by their first character,
 * English ones through a single regular expression.
 */
export function tagTopics(text: string, topics: readonly TopicDefinition[]): string[] {
  if (!topics.length) return [];
  const c = compile(topics);
  const lower = text.toLowerCase();
  const hit = new Set<number>();
  for (let i = 0; i < lower.length; i++) {
    const candidates = c.zhByFirstChar.get(lower[i]);
    if (candidates) for (const k of candidates) if (lower.startsWith(k.keyword, i)) hit.add(k.topic);
  }
  if (c.en) {
    for (const m of lower.matchAll(c.en)) for (const t of c.enTopics.get(m[1].replace(/\s+/g, ' ')) ?? []) hit.add(t);
  }
  return [...new Set([...hit].sort((x, y) => x - y).map((t) => c.keys[t]))];
}

/** The topics of several plugins as one list (order kept; compiled matchers are cached per list). */
export function mergeTopicDictionaries(dictionaries: readonly (readonly TopicDefinition[] | undefined)[]): TopicDefinition[] {
  return dictionaries.flatMap((d) => d ?? []);
}

function compile(topics: readonly TopicDefinition[]): CompiledTopics {
  let result = compiled.get(topics);
  if (!result) {
    const zhByFirstChar = new Map<string, { keyword: string; topic: number }[]>();
    const enTopics = new Map<string, number[]>();
    topics.forEach((t, topic) => {
      for (const raw of t.keywords.zh) {
        const keyword = raw.trim().toLowerCase();
        if (keyword === '') continue;
        const list = zhByFirstChar.get(keyword[0]) ?? [];
        list.push({ keyword, topic });
        zhByFirstChar.set(keyword[0], list);
      }
      for (const raw of t.keywords.en) {
        const keyword = raw.trim().toLowerCase().replace(/\s+/g, ' ');
        if (keyword !== '') enTopics.set(keyword, [...(enTopics.get(keyword) ?? []), topic]);
      }
    });
    // Longest first, so "parking space" wins over "parking" at the same place (both map to their topics).
    const en = [...enTopics.keys()].sort((a, b) => b.length - a.length);
    result = {
      keys: topics.map((t) => t.key),
      zhByFirstChar,
      en: en.length ? new RegExp(`(?<![a-z0-9])(${en.map(escapeRegExp).join('|')})(?:s|es)?(?![a-z0-9])`, 'g') : null,
      enTopics,
    };
    compiled.set(topics, result);
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
