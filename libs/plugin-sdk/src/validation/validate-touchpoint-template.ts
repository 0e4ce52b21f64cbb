import { CHANNELS, EMOTION_MAX, EMOTION_MIN, SEVERITY_MAX, SEVERITY_MIN, STAGE_LAYERS } from '@opencx/domain';
import {
  checkBoolean,
  checkEnum,
  checkIntegerBetween,
  checkKey,
  checkKnownFields,
  checkOptionalText,
  checkText,
  checkUniqueKeys,
  fieldPath,
  didYouMean,
  itemPath,
  readList,
  readRecord,
  type KeyedEntry,
  type ManifestValidationContext,
  type UnknownRecord,
} from './manifest-validation-context';
import type { KnownMetrics } from './validate-metric-presets';

const TOUCHPOINT_FIELDS = [
  'key',
  'name',
  'channel',
  'customerAction',
  'customerThought',
  'expectation',
  'emotion',
  'momentOfTruth',
  'slaMinutes',
  'layer',
  'metricKeys',
  'painPoints',
  'opportunities',
];
const TOUCHPOINT_TEXTS = ['name', 'customerAction', 'customerThought', 'expectation'];
const PAIN_POINT_FIELDS = ['title', 'description', 'severity'];
const OPPORTUNITY_FIELDS = ['title', 'description'];

/** Returns the touchpoint's key entry, for uniqueness across the whole template. */
export function validateTouchpointTemplate(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  metrics: KnownMetrics,
): KeyedEntry {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { key: undefined, path: keyPath };
  checkKnownFields(ctx, record, path, TOUCHPOINT_FIELDS);
  const key = checkKey(ctx, record.key, keyPath);
  for (const field of TOUCHPOINT_TEXTS) checkText(ctx, record[field], fieldPath(path, field));
  checkEnum(ctx, record.channel, fieldPath(path, 'channel'), CHANNELS);
  checkEnum(ctx, record.layer, fieldPath(path, 'layer'), STAGE_LAYERS);
  checkIntegerBetween(ctx, record.emotion, fieldPath(path, 'emotion'), {
    min: EMOTION_MIN,
    max: EMOTION_MAX,
    code: 'invalid_emotion',
  });
  checkBoolean(ctx, record.momentOfTruth, fieldPath(path, 'momentOfTruth'));
  checkSlaMinutes(ctx, record, path);
  checkMetricKeys(ctx, record.metricKeys, fieldPath(path, 'metricKeys'), metrics);
  checkPainPoints(ctx, record.painPoints, fieldPath(path, 'painPoints'));
  checkOpportunities(ctx, record.opportunities, fieldPath(path, 'opportunities'));
  return { key, path: keyPath };
}

function checkSlaMinutes(ctx: ManifestValidationContext, record: UnknownRecord, path: string): void {
  const sla = record.slaMinutes;
  if (sla === undefined || (Number.isInteger(sla) && (sla as number) > 0)) return;
  ctx.report(fieldPath(path, 'slaMinutes'), 'invalid_sla', `must be a positive whole number of minutes (got ${JSON.stringify(sla)})`);
}

export function checkMetricReference(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  metrics: KnownMetrics,
): string | undefined {
  if (typeof value === 'string' && metrics.has(value)) return value;
  const known = [...metrics.keys()].join(', ');
  ctx.report(path, 'unknown_metric', `${JSON.stringify(value)} is not a metric of this plugin or a core metric (known: ${known})${didYouMean(value, metrics.keys())}`);
  return undefined;
}

function checkMetricKeys(ctx: ManifestValidationContext, value: unknown, path: string, metrics: KnownMetrics): void {
  const entries = readList(ctx, value, path).map((item, i) => {
    const itemAt = itemPath(path, i);
    return { key: checkMetricReference(ctx, item, itemAt, metrics), path: itemAt };
  });
  checkUniqueKeys(ctx, entries);
}

function checkPainPoints(ctx: ManifestValidationContext, value: unknown, path: string): void {
  readList(ctx, value, path).forEach((item, i) => {
    const itemAt = itemPath(path, i);
    const record = readRecord(ctx, item, itemAt);
    if (!record) return;
    checkKnownFields(ctx, record, itemAt, PAIN_POINT_FIELDS);
    checkText(ctx, record.title, fieldPath(itemAt, 'title'));
    checkOptionalText(ctx, record.description, fieldPath(itemAt, 'description'));
    checkIntegerBetween(ctx, record.severity, fieldPath(itemAt, 'severity'), {
      min: SEVERITY_MIN,
      max: SEVERITY_MAX,
      code: 'invalid_severity',
    });
  });
}

function checkOpportunities(ctx: ManifestValidationContext, value: unknown, path: string): void {
  readList(ctx, value, path).forEach((item, i) => {
    const itemAt = itemPath(path, i);
    const record = readRecord(ctx, item, itemAt);
    if (!record) return;
    checkKnownFields(ctx, record, itemAt, OPPORTUNITY_FIELDS);
    checkText(ctx, record.title, fieldPath(itemAt, 'title'));
    checkOptionalText(ctx, record.description, fieldPath(itemAt, 'description'));
  });
}
