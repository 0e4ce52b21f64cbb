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

interface CompiledTopic {
  key: string;
  zh: string[];
  en: RegExp | null;
}

const compiled = new WeakMap<readonly TopicDefinition[], CompiledTopic[]>();

/**
 * Topic keys mentioned in a comment, in dictionary order. Topics with the same key (two plugins
 * both contributing `price`) are one tag. Matching is on the raw text rather than on tokens, so a
 * keyword jieba would split (物业费 → 物业|费 in some contexts) still matches.
 */
export function tagTopics(text: string, topics: readonly TopicDefinition[]): string[] {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const topic of compile(topics)) {
    if (found.has(topic.key)) continue;
    if (topic.zh.some((k) => lower.includes(k)) || topic.en?.test(lower)) found.add(topic.key);
  }
  return [...found];
}

/** The topics of several plugins as one list (order kept; compiled matchers are cached per list). */
export function mergeTopicDictionaries(dictionaries: readonly (readonly TopicDefinition[] | undefined)[]): TopicDefinition[] {
  return dictionaries.flatMap((d) => d ?? []);
}

function compile(topics: readonly TopicDefinition[]): CompiledTopic[] {
  let result = compiled.get(topics);
  if (!result) {
    result = topics.map((t) => {
      const en = t.keywords.en.map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
      return {
        key: t.key,
        zh: t.keywords.zh.map((k) => k.trim().toLowerCase()).filter((k) => k !== ''),
        en: en.length ? new RegExp(`(?<![a-z0-9])(?:${en.map(escapeRegExp).join('|')})(?:s|es)?(?![a-z0-9])`) : null,
      };
    });
    compiled.set(topics, result);
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
