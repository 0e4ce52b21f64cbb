import {
  checkKey,
  checkKnownFields,
  checkText,
  checkTextList,
  checkUniqueKeys,
  fieldPath,
  itemPath,
  keyedItemPaths,
  readList,
  readRecord,
  type KeyedEntry,
  type ManifestValidationContext,
} from './manifest-validation-context';

import { LOCALES, PERSONA_LIST_FIELDS, PERSONA_LIST_ITEM_MAX_LENGTH, PERSONA_LIST_MAX_ITEMS } from '@opencx/domain';

const PERSONA_FIELDS = ['key', 'name', 'description', 'goals', 'needs', 'frustrations', 'segmentKey'];

/** Returns the persona keys templates may reference. */
export function validatePersonaTemplates(ctx: ManifestValidationContext, value: unknown, path: string): ReadonlySet<string> {
  const list = readList(ctx, value, path);
  const paths = keyedItemPaths(path, list);
  const entries = list.map((item, i) => validatePersonaTemplate(ctx, item, paths[i]));
  checkUniqueKeys(ctx, entries);
  return new Set(entries.flatMap((e) => (e.key === undefined ? [] : [e.key])));
}

function validatePersonaTemplate(ctx: ManifestValidationContext, value: unknown, path: string): KeyedEntry {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { key: undefined, path: keyPath };
  checkKnownFields(ctx, record, path, PERSONA_FIELDS);
  const key = checkKey(ctx, record.key, keyPath);
  checkText(ctx, record.name, fieldPath(path, 'name'));
  checkText(ctx, record.description, fieldPath(path, 'description'));
  for (const list of PERSONA_LIST_FIELDS) {
    checkTextList(ctx, record[list], fieldPath(path, list));
    checkPersonaListLimits(ctx, record[list], fieldPath(path, list));
  }
  checkKey(ctx, record.segmentKey, fieldPath(path, 'segmentKey'));
  return { key, path: keyPath };
}

/** The same caps as a persona created in the console or imported (a template persona becomes one). */
function checkPersonaListLimits(ctx: ManifestValidationContext, value: unknown, path: string): void {
  if (!Array.isArray(value)) return;
  if (value.length > PERSONA_LIST_MAX_ITEMS) ctx.report(path, 'too_long', `must have at most ${PERSONA_LIST_MAX_ITEMS} items`);
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) return;
    for (const locale of LOCALES) {
      const text = (item as Record<string, unknown>)[locale];
      if (typeof text === 'string' && text.length > PERSONA_LIST_ITEM_MAX_LENGTH) {
        ctx.report(fieldPath(itemPath(path, i), locale), 'too_long', `must be at most ${PERSONA_LIST_ITEM_MAX_LENGTH} characters`);
      }
    }
  });
}
