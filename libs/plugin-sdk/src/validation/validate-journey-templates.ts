import { JOURNEY_SHAPES, JOURNEY_STATES } from '@opencx/domain';
import { parse } from 'semver';
import {
  checkEnum,
  checkKey,
  checkKnownFields,
  checkOptionalText,
  checkText,
  checkUniqueKeys,
  fieldPath,
  didYouMean,
  keyedItemPaths,
  readList,
  readRecord,
  type KeyedEntry,
  type ManifestValidationContext,
} from './manifest-validation-context';
import type { KnownMetrics } from './validate-metric-presets';
import { validateTouchpointTemplate } from './validate-touchpoint-template';

const TEMPLATE_FIELDS = ['key', 'version', 'name', 'description', 'state', 'shape', 'personaKey', 'stages'];
const STAGE_FIELDS = ['key', 'name', 'description', 'touchpoints'];

export interface TemplateReferences {
  readonly metrics: KnownMetrics;
  readonly personas: ReadonlySet<string>;
}

/** Returns the template keys follow-up rules may reference. */
export function validateJourneyTemplates(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  refs: TemplateReferences,
): ReadonlySet<string> {
  const list = readList(ctx, value, path);
  const paths = keyedItemPaths(path, list);
  const entries = list.map((item, i) => validateJourneyTemplate(ctx, item, paths[i], refs));
  checkUniqueKeys(ctx, entries);
  return new Set(entries.flatMap((e) => (e.key === undefined ? [] : [e.key])));
}

/** Exactly a semver version: no "v" prefix or surrounding spaces, build metadata allowed. */
export function isExactSemver(value: unknown): value is string {
  const parsed = typeof value === 'string' ? parse(value) : null;
  if (parsed === null) return false;
  const build = parsed.build.length > 0 ? `+${parsed.build.join('.')}` : '';
  return `${parsed.version}${build}` === value;
}

export function checkSemver(ctx: ManifestValidationContext, value: unknown, path: string): void {
  if (isExactSemver(value)) return;
  ctx.report(path, 'invalid_version', `${JSON.stringify(value) ?? 'missing'} must be a semver version such as "1.0.0"`);
}

function validateJourneyTemplate(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  refs: TemplateReferences,
): KeyedEntry {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { key: undefined, path: keyPath };
  checkKnownFields(ctx, record, path, TEMPLATE_FIELDS);
  const key = checkKey(ctx, record.key, keyPath);
  checkSemver(ctx, record.version, fieldPath(path, 'version'));
  checkText(ctx, record.name, fieldPath(path, 'name'));
  checkText(ctx, record.description, fieldPath(path, 'description'));
  checkEnum(ctx, record.state, fieldPath(path, 'state'), JOURNEY_STATES);
  checkEnum(ctx, record.shape, fieldPath(path, 'shape'), JOURNEY_SHAPES);
  checkPersonaReference(ctx, record.personaKey, fieldPath(path, 'personaKey'), refs.personas);
  validateStages(ctx, record.stages, fieldPath(path, 'stages'), refs.metrics);
  return { key, path: keyPath };
}

function checkPersonaReference(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  personas: ReadonlySet<string>,
): void {
  if (value === undefined || (typeof value === 'string' && personas.has(value))) return;
  ctx.report(path, 'unknown_persona', `${JSON.stringify(value)} is not a persona of this plugin (known: ${[...personas].join(', ') || 'none'})${didYouMean(value, personas)}`);
}

/** Stage keys are unique within the template, and so are touchpoint keys across all its stages. */
function validateStages(ctx: ManifestValidationContext, value: unknown, path: string, metrics: KnownMetrics): void {
  const stageKeys: KeyedEntry[] = [];
  const touchpointKeys: KeyedEntry[] = [];
  const list = readList(ctx, value, path, { noun: 'stage' });
  const paths = keyedItemPaths(path, list);
  list.forEach((item, i) => {
    const checked = validateStage(ctx, item, paths[i], metrics);
    stageKeys.push(checked.stage);
    touchpointKeys.push(...checked.touchpoints);
  });
  checkUniqueKeys(ctx, stageKeys);
  checkUniqueKeys(ctx, touchpointKeys);
}

function validateStage(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  metrics: KnownMetrics,
): { stage: KeyedEntry; touchpoints: KeyedEntry[] } {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { stage: { key: undefined, path: keyPath }, touchpoints: [] };
  checkKnownFields(ctx, record, path, STAGE_FIELDS);
  const key = checkKey(ctx, record.key, keyPath);
  checkText(ctx, record.name, fieldPath(path, 'name'));
  checkOptionalText(ctx, record.description, fieldPath(path, 'description'));
  const touchpointsPath = fieldPath(path, 'touchpoints');
  const list = readList(ctx, record.touchpoints, touchpointsPath, { noun: 'touchpoint' });
  const paths = keyedItemPaths(touchpointsPath, list);
  const touchpoints = list.map((tp, j) => validateTouchpointTemplate(ctx, tp, paths[j], metrics));
  return { stage: { key, path: keyPath }, touchpoints };
}
