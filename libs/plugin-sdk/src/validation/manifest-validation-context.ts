import { LOCALES } from '@opencx/domain';
import { isKebabCase, isSnakeCase } from '../manifest-key';
import {
  formatPluginManifestError,
  type PluginManifestError,
  type PluginManifestErrorCode,
} from './plugin-manifest-error';

export type UnknownRecord = Readonly<Record<string, unknown>>;

/** Collects errors for one manifest; every check below reports through it and never throws. */
export class ManifestValidationContext {
  readonly errors: PluginManifestError[] = [];

  constructor(readonly pluginId: string) {}

  report(path: string, code: PluginManifestErrorCode, detail: string): void {
    const message = formatPluginManifestError(this.pluginId, path, detail);
    this.errors.push({ pluginId: this.pluginId, path, code, message });
  }
}

export function fieldPath(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Keys safe to show in a path's brackets: what `checkKey` accepts and a little more. */
const PATH_KEY = /^[A-Za-z0-9_.-]{1,80}$/;

/**
 * Paths of a keyed list's items by key, so a problem points at the item a partner can search for
 * in the manifest (`stages["check-in"]`); an item without a usable or unique key keeps its index.
 */
export function keyedItemPaths(path: string, list: readonly unknown[], keyField = 'key'): string[] {
  const keys = list.map((item) => {
    const key = isRecord(item) ? item[keyField] : undefined;
    return typeof key === 'string' && PATH_KEY.test(key) ? key : undefined;
  });
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  return keys.map((key, i) => (key !== undefined && counts.get(key) === 1 ? `${path}[${JSON.stringify(key)}]` : itemPath(path, i)));
}

/** Levenshtein distance (insertions, deletions, substitutions), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within a third of the longer word (at least 2 edits), or undefined. */
export function closestMatch(value: unknown, candidates: Iterable<string>): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    const allowed = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3));
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** ` — did you mean "x"?` when a candidate is close, else nothing. */
export function didYouMean(value: unknown, candidates: Iterable<string>): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : ` — did you mean ${JSON.stringify(match)}?`;
}

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  return `${JSON.stringify(value) ?? String(value)}`;
}

export function readRecord(ctx: ManifestValidationContext, value: unknown, path: string): UnknownRecord | undefined {
  if (isRecord(value)) return value;
  ctx.report(path, 'invalid_type', `must be an object (got ${describeValue(value)})`);
  return undefined;
}

/** Reads a list; `noun` names an item in the "must contain at least one" message. */
export function readList(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  options: { noun?: string; optional?: boolean } = {},
): readonly unknown[] {
  if (value === undefined && options.optional) return [];
  if (!Array.isArray(value)) {
    ctx.report(path, 'invalid_type', `must be a list (got ${describeValue(value)})`);
    return [];
  }
  if (options.noun && value.length === 0) {
    ctx.report(path, 'empty_list', `must contain at least one ${options.noun}`);
  }
  return value;
}

export function checkKnownFields(
  ctx: ManifestValidationContext,
  record: UnknownRecord,
  path: string,
  allowed: readonly string[],
): void {
  for (const field of Object.keys(record)) {
    if (!allowed.includes(field)) {
      ctx.report(fieldPath(path, field), 'unknown_field', `is not a known field (expected one of ${allowed.join(', ')})${didYouMean(field, allowed)}`);
    }
  }
}

/** LocalizedText: both `en` and `zh-CN`, non-empty after trimming. */
export function checkText(ctx: ManifestValidationContext, value: unknown, path: string): void {
  if (!isRecord(value)) {
    ctx.report(path, 'missing_text', `must be localized text with non-empty ${LOCALES.map((l) => `"${l}"`).join(' and ')}`);
    return;
  }
  for (const locale of LOCALES) {
    const text = value[locale];
    if (typeof text !== 'string' || text.trim() === '') {
      ctx.report(fieldPath(path, locale), 'missing_text', 'must be a non-empty string');
    }
  }
  checkKnownFields(ctx, value, path, LOCALES);
}

export function checkOptionalText(ctx: ManifestValidationContext, value: unknown, path: string): void {
  if (value !== undefined) checkText(ctx, value, path);
}

export function checkTextList(ctx: ManifestValidationContext, value: unknown, path: string): void {
  readList(ctx, value, path).forEach((item, i) => checkText(ctx, item, itemPath(path, i)));
}

/** Returns the key when it is well-formed, so callers can index it for duplicate/reference checks. */
export function checkKey(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  style: 'kebab' | 'snake' = 'kebab',
): string | undefined {
  const isValid = style === 'kebab' ? isKebabCase : isSnakeCase;
  if (isValid(value)) return value;
  const example = style === 'kebab' ? '"on-site-repair"' : '"first_time_fix"';
  ctx.report(path, 'invalid_key', `${describeValue(value)} must be a ${style}-case key, e.g. ${example}`);
  return undefined;
}

export function checkEnum<T extends string>(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  ctx.report(path, 'unknown_value', `${describeValue(value)} must be one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  return undefined;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function checkIntegerBetween(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  range: { min: number; max: number; code: PluginManifestErrorCode },
): void {
  if (Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max) return;
  ctx.report(path, range.code, `must be an integer between ${range.min} and ${range.max} (got ${describeValue(value)})`);
}

export function checkFiniteNumber(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  code: PluginManifestErrorCode,
): number | undefined {
  if (isFiniteNumber(value)) return value;
  ctx.report(path, code, `must be a finite number (got ${describeValue(value)})`);
  return undefined;
}

export function checkBoolean(ctx: ManifestValidationContext, value: unknown, path: string): void {
  if (typeof value !== 'boolean') ctx.report(path, 'invalid_type', `must be true or false (got ${describeValue(value)})`);
}

export interface KeyedEntry {
  readonly key: string | undefined;
  readonly path: string;
}

/** Reports every entry whose key was already used by an earlier entry in the same scope. */
export function checkUniqueKeys(ctx: ManifestValidationContext, entries: readonly KeyedEntry[]): void {
  const firstPathByKey = new Map<string, string>();
  for (const { key, path } of entries) {
    if (key === undefined) continue;
    const first = firstPathByKey.get(key);
    if (first === undefined) firstPathByKey.set(key, path);
    else ctx.report(path, 'duplicate_key', `"${key}" duplicates ${first}`);
  }
}
