import { LOCALES, tagTopics, type TopicDefinition } from '@opencx/domain';
import { followUpConditionMetrics } from '../follow-up-condition';
import type { FollowUpCondition, PluginManifest } from '../plugin-manifest.types';
import { keyedItemPaths } from '../validation/manifest-validation-context';

/*
 * Independent re-checks of what the validator enforces, phrased as lists of problems so a failing
 * contract test prints exactly what to fix. Written defensively: a contract test must report a
 * broken manifest, never crash on it.
 */

const TEXT_FIELDS = ['displayName', 'name', 'description', 'customerAction', 'customerThought', 'expectation', 'title'];
const TEXT_LIST_FIELDS = ['goals', 'needs', 'frustrations'];

function duplicatesIn(keys: readonly unknown[], scope: string): string[] {
  const seen = new Set<unknown>();
  const problems: string[] = [];
  for (const key of keys) {
    if (seen.has(key)) problems.push(`duplicate key ${JSON.stringify(key)} in ${scope}`);
    seen.add(key);
  }
  return problems;
}

function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

export function findDuplicateKeys(plugin: PluginManifest): string[] {
  const templates = listOf(plugin.journeyTemplates);
  return [
    ...duplicatesIn(listOf(plugin.industries), 'industries'),
    ...duplicatesIn(listOf(plugin.personas).map((p) => p.key), 'personas'),
    ...duplicatesIn(listOf(plugin.metrics).map((m) => m.key), 'metrics'),
    ...duplicatesIn(templates.map((t) => t.key), 'journeyTemplates'),
    ...duplicatesIn(listOf(plugin.followUpRules).map((r) => r.key), 'followUpRules'),
    ...duplicatesIn(listOf(plugin.topics).map((t) => t.key), 'topics'),
    ...templates.flatMap((t, i) => {
      const stages = listOf(t.stages);
      const touchpointKeys = stages.flatMap((s) => listOf(s.touchpoints).map((tp) => tp.key));
      return [
        ...duplicatesIn(stages.map((s) => s.key), `journeyTemplates[${i}].stages`),
        ...duplicatesIn(touchpointKeys, `journeyTemplates[${i}] touchpoints`),
      ];
    }),
  ];
}

export function findStructureProblems(plugin: PluginManifest): string[] {
  return listOf(plugin.journeyTemplates).flatMap((template, i) => {
    if (!Array.isArray(template.stages) || template.stages.length === 0) {
      return [`journeyTemplates[${i}] (${template.key}) has no ordered list of stages`];
    }
    return template.stages.flatMap((stage, j) =>
      Array.isArray(stage.touchpoints) && stage.touchpoints.length > 0
        ? []
        : [`journeyTemplates[${i}].stages[${j}] (${stage.key}) has no touchpoints`],
    );
  });
}

function conditionMetrics(condition: FollowUpCondition | undefined): string[] {
  try {
    return condition ? followUpConditionMetrics(condition) : [];
  } catch {
    return [];
  }
}

export function findUnknownMetricReferences(plugin: PluginManifest, coreMetricKeys: readonly string[]): string[] {
  const known = new Set([...coreMetricKeys, ...listOf(plugin.metrics).map((m) => m.key)]);
  const fromTouchpoints = listOf(plugin.journeyTemplates).flatMap((t) =>
    listOf(t.stages).flatMap((s) =>
      listOf(s.touchpoints).flatMap((tp) =>
        listOf(tp.metricKeys).map((key) => ({ key, where: `touchpoint "${t.key}/${tp.key}"` })),
      ),
    ),
  );
  const fromRules = listOf(plugin.followUpRules).flatMap((r) =>
    conditionMetrics(r.when).map((key) => ({ key, where: `follow-up rule "${r.key}"` })),
  );
  return [...fromTouchpoints, ...fromRules]
    .filter((ref) => !known.has(ref.key))
    .map((ref) => `${ref.where} references unknown metric "${ref.key}"`);
}

export function findUnresolvedReferences(plugin: PluginManifest): string[] {
  const personas = new Set(listOf(plugin.personas).map((p) => p.key));
  const templates = new Set(listOf(plugin.journeyTemplates).map((t) => t.key));
  const personaProblems = listOf(plugin.journeyTemplates)
    .filter((t) => t.personaKey !== undefined && !personas.has(t.personaKey))
    .map((t) => `journey template "${t.key}" references unknown persona "${t.personaKey}"`);
  const templateProblems = listOf(plugin.followUpRules).flatMap((r) =>
    listOf(r.templateKeys)
      .filter((key) => !templates.has(key))
      .map((key) => `follow-up rule "${r.key}" references unknown journey template "${key}"`),
  );
  return [...personaProblems, ...templateProblems];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function localeProblems(value: unknown, path: string): string[] {
  if (!isObject(value) || Array.isArray(value)) return [`${path} is not localized text`];
  return LOCALES.filter((locale) => typeof value[locale] !== 'string' || (value[locale] as string).trim() === '').map(
    (locale) => `${path} has no ${locale} text`,
  );
}

/** Walks the whole manifest: every text field, and every object that looks like text, needs both locales. */
export function findMissingLocales(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findMissingLocales(item, `${path}[${i}]`));
  if (!isObject(value)) return [];
  if (LOCALES.some((locale) => locale in value)) return localeProblems(value, path || '(root)');
  return Object.entries(value).flatMap(([field, child]) => {
    const childPath = path ? `${path}.${field}` : field;
    if (child === undefined) return [];
    // Topic keywords are keyed by language (zh, en), not by locale; they are word lists, not text.
    if (field === 'keywords') return [];
    if (TEXT_FIELDS.includes(field)) return localeProblems(child, childPath);
    if (TEXT_LIST_FIELDS.includes(field) && Array.isArray(child)) {
      return child.flatMap((item, i) => localeProblems(item, `${childPath}[${i}]`));
    }
    return findMissingLocales(child, childPath);
  });
}

/**
 * Topics must tag comments in both languages: each needs Chinese and English keywords, and each
 * keyword must tag its own topic's sample (the keyword itself) and no other topic of the plugin.
 */
export function findTopicProblems(plugin: PluginManifest): string[] {
  const topics = listOf(plugin.topics);
  return topics.flatMap((topic) => {
    const problems: string[] = [];
    for (const language of ['zh', 'en'] as const) {
      const keywords = listOf(topic.keywords?.[language]);
      if (keywords.length === 0) problems.push(`topic "${topic.key}" has no ${language} keywords`);
      for (const keyword of keywords) {
        const tagged = safeTag(keyword, topics);
        if (!tagged.includes(topic.key)) problems.push(`topic "${topic.key}": keyword "${keyword}" does not tag its own topic`);
        const others = tagged.filter((k) => k !== topic.key);
        if (others.length) problems.push(`topic "${topic.key}": keyword "${keyword}" also tags ${others.map((k) => `"${k}"`).join(', ')}`);
      }
    }
    return problems;
  });
}

function safeTag(text: string, topics: readonly TopicDefinition[]): string[] {
  try {
    return tagTopics(text, topics);
  } catch (error) {
    return [`<tagging failed: ${String(error)}>`];
  }
}

/**
 * Texts whose zh-CN equals the English (a translation left for later), by keyed path: warnings,
 * not failures, since a brand name or an abbreviation may rightly read the same in both.
 */
export function findUntranslatedTexts(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    const paths = keyedItemPaths(path, value);
    return value.flatMap((item, i) => findUntranslatedTexts(item, paths[i]));
  }
  if (!isObject(value)) return [];
  const en = value['en'];
  const zh = value['zh-CN'];
  if (typeof en === 'string' && typeof zh === 'string') {
    return en.trim() !== '' && en.trim() === zh.trim() ? [`${path || '(root)'}: zh-CN equals the English text ${JSON.stringify(en)}`] : [];
  }
  return Object.entries(value).flatMap(([field, child]) => (field === 'keywords' ? [] : findUntranslatedTexts(child, path ? `${path}.${field}` : field)));
}
