import {
  CORE_METRIC_KEYS,
  DURATION_UNITS,
  isCoreMetricKey,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  SURVEY_SCALES,
  type MetricDirection,
  type MetricKind,
  type MetricScale,
} from '@opencx/domain';
import { metricTargetRange, RATE_SCALE } from '../metric-target-range';
import {
  checkEnum,
  checkFiniteNumber,
  checkKey,
  checkKnownFields,
  checkOptionalText,
  checkText,
  checkUniqueKeys,
  fieldPath,
  isFiniteNumber,
  isRecord,
  keyedItemPaths,
  readList,
  readRecord,
  type ManifestValidationContext,
  type UnknownRecord,
} from './manifest-validation-context';

const METRIC_FIELDS = ['key', 'kind', 'name', 'description', 'unit', 'scale', 'direction', 'defaultTarget', 'warningThreshold'];

/** Metric keys a touchpoint or rule may reference, with the answer scale when it is known. */
export type KnownMetrics = ReadonlyMap<string, MetricScale | undefined>;

interface CheckedMetric {
  readonly key: string | undefined;
  readonly keyPath: string;
  readonly scale: MetricScale | undefined;
}

export function validateMetricPresets(ctx: ManifestValidationContext, value: unknown, path: string): KnownMetrics {
  const list = readList(ctx, value, path);
  const paths = keyedItemPaths(path, list);
  const checked = list.map((item, i) => validateMetricPreset(ctx, item, paths[i]));
  checkUniqueKeys(ctx, checked.map((m) => ({ key: m.key, path: m.keyPath })));
  const known = new Map<string, MetricScale | undefined>(CORE_METRIC_KEYS.map((k) => [k, SURVEY_SCALES[k]]));
  for (const metric of checked) {
    if (metric.key !== undefined && !known.has(metric.key)) known.set(metric.key, metric.scale);
  }
  return known;
}

function validateMetricPreset(ctx: ManifestValidationContext, value: unknown, path: string): CheckedMetric {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { key: undefined, keyPath, scale: undefined };
  checkKnownFields(ctx, record, path, METRIC_FIELDS);
  const key = checkMetricKey(ctx, record.key, keyPath);
  const kind = checkEnum(ctx, record.kind, fieldPath(path, 'kind'), METRIC_KINDS);
  const direction = checkEnum(ctx, record.direction, fieldPath(path, 'direction'), METRIC_DIRECTIONS);
  checkText(ctx, record.name, fieldPath(path, 'name'));
  checkOptionalText(ctx, record.description, fieldPath(path, 'description'));
  checkUnit(ctx, record.unit, fieldPath(path, 'unit'), kind);
  const scale = checkScale(ctx, record.scale, fieldPath(path, 'scale'), kind);
  if (kind) checkSurveyDirection(ctx, fieldPath(path, 'direction'), kind, direction);
  if (kind && scale) checkTargets(ctx, record, path, { kind, scale, direction });
  return { key, keyPath, scale };
}

function checkMetricKey(ctx: ManifestValidationContext, value: unknown, path: string): string | undefined {
  const key = checkKey(ctx, value, path, 'snake');
  if (key === undefined || !isCoreMetricKey(key)) return key;
  ctx.report(path, 'reserved_key', `"${key}" is a core metric; reference it from touchpoints instead of redefining it`);
  return undefined;
}

function checkUnit(ctx: ManifestValidationContext, value: unknown, path: string, kind: MetricKind | undefined): void {
  if (kind === 'duration') {
    checkEnum(ctx, value, path, DURATION_UNITS);
  } else if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
    ctx.report(path, 'invalid_type', 'must be a non-empty string when given');
  }
}

function isSurveyKind(kind: MetricKind | undefined): kind is 'nps' | 'csat' | 'ces' {
  return kind === 'nps' || kind === 'csat' || kind === 'ces';
}

function expectedScale(kind: MetricKind | undefined): MetricScale | undefined {
  if (isSurveyKind(kind)) return SURVEY_SCALES[kind];
  return kind === 'rate' ? RATE_SCALE : undefined;
}

function checkScale(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  kind: MetricKind | undefined,
): MetricScale | undefined {
  if (!isRecord(value) || !isFiniteNumber(value.min) || !isFiniteNumber(value.max) || value.min >= value.max) {
    ctx.report(path, 'invalid_scale', 'must be { min, max } with finite numbers and min < max');
    return undefined;
  }
  const scale = { min: value.min, max: value.max };
  const expected = expectedScale(kind);
  if (expected && (scale.min !== expected.min || scale.max !== expected.max)) {
    ctx.report(path, 'invalid_scale', `must be { min: ${expected.min}, max: ${expected.max} } for a ${kind} metric`);
    return undefined;
  }
  if (kind === 'duration' && scale.min < 0) {
    ctx.report(fieldPath(path, 'min'), 'invalid_scale', 'must not be negative for a duration metric');
    return undefined;
  }
  return scale;
}

function checkSurveyDirection(
  ctx: ManifestValidationContext,
  path: string,
  kind: MetricKind,
  direction: MetricDirection | undefined,
): void {
  if (isSurveyKind(kind) && direction === 'lower_is_better') {
    ctx.report(path, 'invalid_direction', `must be higher_is_better for a ${kind} metric (our survey scales rise with satisfaction)`);
  }
}

function checkTargets(
  ctx: ManifestValidationContext,
  record: UnknownRecord,
  path: string,
  metric: { kind: MetricKind; scale: MetricScale; direction: MetricDirection | undefined },
): void {
  const range = metricTargetRange(metric);
  const target = checkInRange(ctx, record.defaultTarget, fieldPath(path, 'defaultTarget'), range, metric.kind);
  if (record.warningThreshold === undefined) return;
  const warningPath = fieldPath(path, 'warningThreshold');
  const warning = checkInRange(ctx, record.warningThreshold, warningPath, range, metric.kind);
  if (target === undefined || warning === undefined || metric.direction === undefined) return;
  const higherIsBetter = metric.direction === 'higher_is_better';
  if (higherIsBetter ? warning >= target : warning <= target) {
    const side = higherIsBetter ? 'below' : 'above';
    const why = higherIsBetter ? 'higher is better' : 'lower is better';
    ctx.report(warningPath, 'invalid_target', `must be ${side} defaultTarget (${target}) because ${why}`);
  }
}

function checkInRange(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  range: MetricScale,
  kind: MetricKind,
): number | undefined {
  const number = checkFiniteNumber(ctx, value, path, 'invalid_target');
  if (number === undefined) return undefined;
  if (number >= range.min && number <= range.max) return number;
  ctx.report(path, 'invalid_target', `must be between ${range.min} and ${range.max} for a ${kind} metric (got ${number})`);
  return undefined;
}
