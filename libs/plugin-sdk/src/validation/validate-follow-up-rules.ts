import { FOLLOW_UP_OPERATORS } from '../plugin-manifest.types';
import {
  checkEnum,
  checkFiniteNumber,
  checkKey,
  checkKnownFields,
  checkOptionalText,
  checkText,
  checkUniqueKeys,
  fieldPath,
  isRecord,
  didYouMean,
  itemPath,
  keyedItemPaths,
  readList,
  readRecord,
  type KeyedEntry,
  type ManifestValidationContext,
  type UnknownRecord,
} from './manifest-validation-context';
import type { KnownMetrics } from './validate-metric-presets';
import { checkMetricReference } from './validate-touchpoint-template';

const RULE_FIELDS = ['key', 'name', 'description', 'when', 'slaHours', 'templateKeys'];
/** `any`/`all` may nest, but a rule deeper than this is no longer "small and declarative". */
const MAX_CONDITION_DEPTH = 3;

export interface RuleReferences {
  readonly metrics: KnownMetrics;
  readonly templates: ReadonlySet<string>;
}

export function validateFollowUpRules(ctx: ManifestValidationContext, value: unknown, path: string, refs: RuleReferences): void {
  const list = readList(ctx, value, path, { optional: true });
  const paths = keyedItemPaths(path, list);
  const entries = list.map((item, i) => validateFollowUpRule(ctx, item, paths[i], refs));
  checkUniqueKeys(ctx, entries);
}

function validateFollowUpRule(ctx: ManifestValidationContext, value: unknown, path: string, refs: RuleReferences): KeyedEntry {
  const keyPath = fieldPath(path, 'key');
  const record = readRecord(ctx, value, path);
  if (!record) return { key: undefined, path: keyPath };
  checkKnownFields(ctx, record, path, RULE_FIELDS);
  const key = checkKey(ctx, record.key, keyPath);
  checkText(ctx, record.name, fieldPath(path, 'name'));
  checkOptionalText(ctx, record.description, fieldPath(path, 'description'));
  checkCondition(ctx, record.when, fieldPath(path, 'when'), refs.metrics, 1);
  checkSlaHours(ctx, record.slaHours, fieldPath(path, 'slaHours'));
  checkTemplateKeys(ctx, record.templateKeys, fieldPath(path, 'templateKeys'), refs.templates);
  return { key, path: keyPath };
}

function checkSlaHours(ctx: ManifestValidationContext, value: unknown, path: string): void {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return;
  ctx.report(path, 'invalid_sla', `must be a positive number of hours (got ${JSON.stringify(value) ?? 'missing'})`);
}

function checkTemplateKeys(ctx: ManifestValidationContext, value: unknown, path: string, templates: ReadonlySet<string>): void {
  const entries = readList(ctx, value, path, { optional: true, noun: 'template key' }).map((item, i) => {
    const itemAt = itemPath(path, i);
    if (typeof item === 'string' && templates.has(item)) return { key: item, path: itemAt };
    const known = [...templates].join(', ') || 'none';
    ctx.report(itemAt, 'unknown_template', `${JSON.stringify(item)} is not a journey template of this plugin (known: ${known})${didYouMean(item, templates)}`);
    return { key: undefined, path: itemAt };
  });
  checkUniqueKeys(ctx, entries);
}

function checkCondition(
  ctx: ManifestValidationContext,
  value: unknown,
  path: string,
  metrics: KnownMetrics,
  depth: number,
): void {
  if (!isRecord(value)) {
    ctx.report(path, 'invalid_condition', 'must be { metric, op, value }, { any: [...] } or { all: [...] }');
    return;
  }
  const combinator = 'any' in value ? 'any' : 'all' in value ? 'all' : undefined;
  if (combinator === undefined) {
    checkComparison(ctx, value, path, metrics);
    return;
  }
  checkKnownFields(ctx, value, path, [combinator]);
  const listPath = fieldPath(path, combinator);
  if (depth >= MAX_CONDITION_DEPTH) {
    ctx.report(listPath, 'invalid_condition', `nests deeper than ${MAX_CONDITION_DEPTH} levels`);
    return;
  }
  readList(ctx, value[combinator], listPath, { noun: 'condition' }).forEach((item, i) =>
    checkCondition(ctx, item, itemPath(listPath, i), metrics, depth + 1),
  );
}

function checkComparison(ctx: ManifestValidationContext, value: UnknownRecord, path: string, metrics: KnownMetrics): void {
  checkKnownFields(ctx, value, path, ['metric', 'op', 'value']);
  const metric = checkMetricReference(ctx, value.metric, fieldPath(path, 'metric'), metrics);
  checkEnum(ctx, value.op, fieldPath(path, 'op'), FOLLOW_UP_OPERATORS);
  const valuePath = fieldPath(path, 'value');
  const threshold = checkFiniteNumber(ctx, value.value, valuePath, 'invalid_condition');
  const scale = metric === undefined ? undefined : metrics.get(metric);
  if (threshold === undefined || scale === undefined) return;
  if (threshold < scale.min || threshold > scale.max) {
    ctx.report(valuePath, 'invalid_condition', `${threshold} is outside the ${metric} scale ${scale.min}..${scale.max}, so the rule could never fire as meant`);
  }
}
