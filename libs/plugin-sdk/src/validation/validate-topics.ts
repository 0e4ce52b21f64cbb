import { TOPIC_KEY_MAX_LENGTH, TOPIC_KEYWORD_MAX_LENGTH, TOPIC_KEYWORDS_MAX, TOPICS_MAX } from '@opencx/domain';
import {
  checkKey,
  checkKnownFields,
  checkText,
  checkUniqueKeys,
  fieldPath,
  itemPath,
  keyedItemPaths,
  readList,
  readRecord,
  type KeyedEntry,
  type ManifestValidationContext,
} from './manifest-validation-context';

const TOPIC_FIELDS = ['key', 'name', 'keywords'];
const KEYWORD_LANGUAGES = ['zh', 'en'] as const;
const HAN = /\p{Script=Han}/u;
/** Lower-case words separated by single spaces or hyphens: they match whole words, case-insensitively. */
const ENGLISH_KEYWORD = /^[a-z0-9]+(?:[ -][a-z0-9]+)*$/;

/** Optional `topics`: comment-tagging dictionaries. */
export function validateTopics(ctx: ManifestValidationContext, value: unknown, path: string): void {
  const list = readList(ctx, value, path, { optional: true });
  if (list.length > TOPICS_MAX) ctx.report(path, 'too_long', `must have at most ${TOPICS_MAX} topics`);
  const paths = keyedItemPaths(path, list);
  const entries = list.map((item, i) => validateTopic(ctx, item, paths[i]));
  checkUniqueKeys(ctx, entries);
  checkKeywordsUnique(ctx, list, path);
}

function validateTopic(ctx: ManifestValidationContext, value: unknown, path: string): KeyedEntry {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { key: undefined, path: keyPath };
  checkKnownFields(ctx, record, path, TOPIC_FIELDS);
  const key = checkKey(ctx, record.key, keyPath);
  if (key !== undefined && key.length > TOPIC_KEY_MAX_LENGTH) ctx.report(keyPath, 'too_long', `must be at most ${TOPIC_KEY_MAX_LENGTH} characters (it becomes a feedback tag)`);
  checkText(ctx, record.name, fieldPath(path, 'name'));
  const keywords = readRecord(ctx, record.keywords, fieldPath(path, 'keywords'));
  if (keywords) {
    checkKnownFields(ctx, keywords, fieldPath(path, 'keywords'), KEYWORD_LANGUAGES);
    for (const language of KEYWORD_LANGUAGES) checkKeywords(ctx, keywords[language], fieldPath(fieldPath(path, 'keywords'), language), language);
  }
  return { key, path: keyPath };
}

function checkKeywords(ctx: ManifestValidationContext, value: unknown, path: string, language: (typeof KEYWORD_LANGUAGES)[number]): void {
  const list = readList(ctx, value, path, { noun: 'keyword' });
  if (list.length > TOPIC_KEYWORDS_MAX) ctx.report(path, 'too_long', `must have at most ${TOPIC_KEYWORDS_MAX} keywords`);
  list.forEach((keyword, i) => {
    const at = itemPath(path, i);
    if (typeof keyword !== 'string') return ctx.report(at, 'invalid_type', `must be a string (got ${JSON.stringify(keyword)})`);
    if (keyword.length > TOPIC_KEYWORD_MAX_LENGTH) return ctx.report(at, 'too_long', `must be at most ${TOPIC_KEYWORD_MAX_LENGTH} characters`);
    // A single Chinese character (水, 门) would match inside unrelated words, since Chinese keywords match as substrings.
    if (language === 'zh' && !(HAN.test(keyword) && [...keyword.trim()].length >= 2 && keyword === keyword.trim())) {
      ctx.report(at, 'invalid_keyword', `${JSON.stringify(keyword)} must be Chinese text of at least two characters, without surrounding spaces`);
    }
    if (language === 'en' && !(ENGLISH_KEYWORD.test(keyword) && keyword.length >= 2)) {
      ctx.report(at, 'invalid_keyword', `${JSON.stringify(keyword)} must be lower-case words (a–z, 0–9) separated by single spaces or hyphens`);
    }
  });
}

/** One keyword in two topics of a plugin would tag every mention with both: almost always a copy-paste slip. */
function checkKeywordsUnique(ctx: ManifestValidationContext, topics: readonly unknown[], path: string): void {
  const first = new Map<string, string>();
  const paths = keyedItemPaths(path, topics);
  topics.forEach((topic, i) => {
    const keywords = (topic as { keywords?: Record<string, unknown> } | null)?.keywords;
    for (const language of KEYWORD_LANGUAGES) {
      const list = keywords?.[language];
      if (!Array.isArray(list)) continue;
      list.forEach((keyword: unknown, j) => {
        if (typeof keyword !== 'string') return;
        const at = itemPath(fieldPath(fieldPath(paths[i], 'keywords'), language), j);
        const seen = first.get(`${language}:${keyword}`);
        if (seen === undefined) first.set(`${language}:${keyword}`, at);
        else ctx.report(at, 'duplicate_key', `keyword "${keyword}" duplicates ${seen}`);
      });
    }
  });
}
