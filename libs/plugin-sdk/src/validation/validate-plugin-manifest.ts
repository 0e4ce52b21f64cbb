import { validRange } from 'semver';
import type { PluginManifest } from '../plugin-manifest.types';
import {
  checkKey,
  checkKnownFields,
  checkText,
  checkUniqueKeys,
  isRecord,
  itemPath,
  ManifestValidationContext,
  didYouMean,
  readList,
  readRecord,
  type UnknownRecord,
} from './manifest-validation-context';
import { UNKNOWN_PLUGIN_ID, type PluginManifestValidationResult } from './plugin-manifest-error';
import { PluginValidationError } from './plugin-validation.error';
import { validateFollowUpRules } from './validate-follow-up-rules';
import { checkSemver, validateJourneyTemplates } from './validate-journey-templates';
import { validateMetricPresets } from './validate-metric-presets';
import { validatePersonaTemplates } from './validate-persona-templates';
import { validateTopics } from './validate-topics';

const MANIFEST_FIELDS = [
  'id',
  'version',
  'compatibility',
  'displayName',
  'description',
  'industries',
  'industryNames',
  'personas',
  'metrics',
  'journeyTemplates',
  'followUpRules',
  'topics',
];

/**
 * Checks a manifest of unknown origin (an installed npm package, say) against the plugin rules.
 * Collects every problem rather than stopping at the first, so a plugin author fixes them in one go.
 */
export function validatePluginManifest(manifest: unknown): PluginManifestValidationResult {
  const ctx = new ManifestValidationContext(pluginIdOf(manifest));
  if (!isRecord(manifest)) {
    ctx.report('', 'invalid_type', 'the manifest must be an object');
  } else {
    validateManifestRecord(ctx, manifest);
  }
  return ctx.errors.length === 0 ? { ok: true } : { ok: false, errors: ctx.errors };
}

/** Start-up check: throws a PluginValidationError naming the plugin and every bad field. */
export function assertValidPlugin(manifest: unknown): asserts manifest is PluginManifest {
  const result = validatePluginManifest(manifest);
  if (!result.ok) throw new PluginValidationError(result.errors);
}

function pluginIdOf(manifest: unknown): string {
  const id = isRecord(manifest) ? manifest.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : UNKNOWN_PLUGIN_ID;
}

function validateManifestRecord(ctx: ManifestValidationContext, manifest: UnknownRecord): void {
  checkKnownFields(ctx, manifest, '', MANIFEST_FIELDS);
  checkKey(ctx, manifest.id, 'id');
  checkSemver(ctx, manifest.version, 'version');
  checkCompatibility(ctx, manifest.compatibility);
  checkText(ctx, manifest.displayName, 'displayName');
  checkText(ctx, manifest.description, 'description');
  const industries = checkIndustries(ctx, manifest.industries);
  checkIndustryNames(ctx, manifest.industryNames, industries);
  const personas = validatePersonaTemplates(ctx, manifest.personas, 'personas');
  const metrics = validateMetricPresets(ctx, manifest.metrics, 'metrics');
  const templates = validateJourneyTemplates(ctx, manifest.journeyTemplates, 'journeyTemplates', { metrics, personas });
  validateFollowUpRules(ctx, manifest.followUpRules, 'followUpRules', { metrics, templates });
  validateTopics(ctx, manifest.topics, 'topics');
}

function checkCompatibility(ctx: ManifestValidationContext, value: unknown): void {
  if (typeof value === 'string' && value.trim() !== '' && validRange(value) !== null) return;
  ctx.report('compatibility', 'invalid_range', `${JSON.stringify(value) ?? 'missing'} must be a semver range such as "^0.1.0"`);
}

function checkIndustries(ctx: ManifestValidationContext, value: unknown): string[] {
  const entries = readList(ctx, value, 'industries', { noun: 'industry' }).map((item, i) => {
    const path = itemPath('industries', i);
    return { key: checkKey(ctx, item, path), path };
  });
  checkUniqueKeys(ctx, entries);
  return entries.flatMap((e) => (typeof e.key === 'string' ? [e.key] : []));
}

/** `industryNames["retail"]`: a zh-CN and English name for an industry the plugin lists. */
function checkIndustryNames(ctx: ManifestValidationContext, value: unknown, industries: readonly string[]): void {
  if (value === undefined) return;
  const names = readRecord(ctx, value, 'industryNames');
  if (!names) return;
  for (const [key, text] of Object.entries(names)) {
    const path = `industryNames[${JSON.stringify(key)}]`;
    if (!industries.includes(key)) ctx.report(path, 'unknown_value', `names an industry the plugin does not list in \`industries\`${didYouMean(key, industries)}`);
    checkText(ctx, text, path);
  }
}
