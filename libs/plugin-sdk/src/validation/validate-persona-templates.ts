import {
  checkKey,
  checkKnownFields,
  checkText,
  checkTextList,
  checkUniqueKeys,
  fieldPath,
  itemPath,
  readList,
  readRecord,
  type KeyedEntry,
  type ManifestValidationContext,
} from './manifest-validation-context';

const PERSONA_FIELDS = ['key', 'name', 'description', 'goals', 'needs', 'frustrations', 'segmentKey'];

/** Returns the persona keys templates may reference. */
export function validatePersonaTemplates(ctx: ManifestValidationContext, value: unknown, path: string): ReadonlySet<string> {
  const entries = readList(ctx, value, path).map((item, i) => validatePersonaTemplate(ctx, item, itemPath(path, i)));
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
  for (const list of ['goals', 'needs', 'frustrations']) checkTextList(ctx, record[list], fieldPath(path, list));
  checkKey(ctx, record.segmentKey, fieldPath(path, 'segmentKey'));
  return { key, path: keyPath };
}
