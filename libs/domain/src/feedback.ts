import { SURVEY_SCALES } from './metric';

/**
 * Feedback ingestion fields, declared once (DESIGN.md §5 "declare once"): the REST batch, the
 * console's submitFeedback and the CSV import all validate and normalise rows with these
 * declarations, so a field's limits and its error messages are the same on every way in.
 */
export const FEEDBACK_BATCH_LIMIT = 1000;
/** At most this many problems are reported for one batch; the batch is refused as a whole anyway. */
export const FEEDBACK_MAX_ISSUES = 100;
export const TAGS_MAX = 20;
export const CUSTOM_SCORES_MAX = 20;

type FieldKind = 'uuid' | 'text' | 'int' | 'number' | 'timestamp' | 'tags' | 'scores';

export interface FeedbackFieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
}

export const FEEDBACK_RESPONSE_FIELDS = [
  { name: 'touchpointId', kind: 'uuid', required: true },
  { name: 'occurredAt', kind: 'timestamp', required: true },
  { name: 'source', kind: 'text', maxLength: 64 },
  { name: 'externalId', kind: 'text', maxLength: 200 },
  { name: 'channel', kind: 'text', maxLength: 40 },
  { name: 'segment', kind: 'text', maxLength: 80 },
  { name: 'site', kind: 'text', maxLength: 80 },
  { name: 'customerRef', kind: 'text', maxLength: 200 },
  { name: 'nps', kind: 'int', min: SURVEY_SCALES.nps.min, max: SURVEY_SCALES.nps.max },
  { name: 'csat', kind: 'int', min: SURVEY_SCALES.csat.min, max: SURVEY_SCALES.csat.max },
  { name: 'ces', kind: 'int', min: SURVEY_SCALES.ces.min, max: SURVEY_SCALES.ces.max },
  { name: 'customScores', kind: 'scores' },
  { name: 'comment', kind: 'text', maxLength: 5000 },
  { name: 'language', kind: 'text', maxLength: 16 },
  { name: 'tags', kind: 'tags', maxLength: 40 },
] as const satisfies readonly FeedbackFieldSpec[];

export const METRIC_OBSERVATION_FIELDS = [
  { name: 'touchpointId', kind: 'uuid', required: true },
  { name: 'metric', kind: 'text', required: true, maxLength: 64 },
  { name: 'value', kind: 'number', required: true, min: -1e12, max: 1e12 },
  { name: 'occurredAt', kind: 'timestamp', required: true },
  { name: 'source', kind: 'text', maxLength: 64 },
  { name: 'externalId', kind: 'text', maxLength: 200 },
  { name: 'segment', kind: 'text', maxLength: 80 },
  { name: 'site', kind: 'text', maxLength: 80 },
] as const satisfies readonly FeedbackFieldSpec[];

export interface FeedbackResponseRecord {
  touchpointId: string;
  occurredAt: Date;
  source: string;
  externalId: string;
  channel: string | null;
  /** '' when the response carries no segment (roll-ups key on it). */
  segment: string;
  /** A site code of the workspace, or null. */
  site: string | null;
  /** The customer's own reference; hashed before it is stored, never kept raw. */
  customerRef: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  customScores: Record<string, number>;
  comment: string | null;
  language: string | null;
  tags: string[];
}

export interface MetricObservationRecord {
  touchpointId: string;
  metric: string;
  value: number;
  occurredAt: Date;
  source: string;
  externalId: string;
  segment: string;
  site: string | null;
}

export interface RowIssue {
  /** e.g. `responses[3].nps` */
  field: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Timestamps must say their offset (Z or ±hh:mm): a local time without one is ambiguous across time zones. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const EARLIEST = Date.UTC(2000, 0, 1);
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

function checkField(spec: FeedbackFieldSpec, value: unknown, now: number): { value: unknown } | { issue: string } {
  switch (spec.kind) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? { value: value.toLowerCase() } : { issue: 'must be a UUID' };
    case 'text': {
      if (typeof value !== 'string') return { issue: 'must be a string' };
      const text = value.trim();
      if (spec.required && !text) return { issue: 'must not be blank' };
      if (spec.maxLength && text.length > spec.maxLength) return { issue: `must be at most ${spec.maxLength} characters` };
      // NUL cannot be stored in PostgreSQL text; other control characters are kept (comments may carry newlines).
      if (text.includes('\u0000')) return { issue: 'must not contain NUL characters' };
      return { value: text || null };
    }
    case 'int':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { issue: 'must be a number' };
      if (spec.kind === 'int' && !Number.isInteger(value)) return { issue: `must be a whole number ${spec.min}–${spec.max}` };
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return { issue: `must be between ${spec.min} and ${spec.max}` };
      return { value };
    }
    case 'timestamp': {
      if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) return { issue: 'must be an ISO 8601 time with an offset, e.g. 2026-11-28T09:30:00+08:00' };
      const t = Date.parse(value);
      if (Number.isNaN(t)) return { issue: 'is not a valid time' };
      if (t < EARLIEST || t > now + FUTURE_SLACK_MS) return { issue: 'must lie between 2000-01-01 and tomorrow' };
      return { value: new Date(t) };
    }
    case 'tags': {
      if (!Array.isArray(value) || value.length > TAGS_MAX) return { issue: `must be a list of at most ${TAGS_MAX} tags` };
      const tags: string[] = [];
      for (const t of value) {
        if (typeof t !== 'string' || !t.trim() || t.trim().length > (spec.maxLength ?? 40)) return { issue: `each tag must be a non-blank string of at most ${spec.maxLength} characters` };
        if (!tags.includes(t.trim())) tags.push(t.trim());
      }
      return { value: tags };
    }
    case 'scores': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { issue: 'must be an object of metric key → number' };
      const entries = Object.entries(value);
      if (entries.length > CUSTOM_SCORES_MAX) return { issue: `must have at most ${CUSTOM_SCORES_MAX} scores` };
      for (const [k, v] of entries) {
        if (!/^[a-z][a-z0-9_]{0,63}$/.test(k)) return { issue: `key "${k.slice(0, 70)}" must be a metric key (a–z, 0–9, _)` };
        if (typeof v !== 'number' || !Number.isFinite(v)) return { issue: `${k} must be a number` };
      }
      return { value: Object.fromEntries(entries) };
    }
  }
}

function readRecord(fields: readonly FeedbackFieldSpec[], raw: unknown, prefix: string, issues: RowIssue[], now: number): Record<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push({ field: prefix, message: 'must be an object' });
    return null;
  }
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const spec of fields) {
    const value = input[spec.name];
    if (value === undefined || value === null || value === '') {
      if ('required' in spec && spec.required) {
        issues.push({ field: `${prefix}.${spec.name}`, message: 'is required' });
        ok = false;
      }
      out[spec.name] = null;
      continue;
    }
    const checked = checkField(spec, value, now);
    if ('issue' in checked) {
      issues.push({ field: `${prefix}.${spec.name}`, message: checked.issue });
      ok = false;
    } else out[spec.name] = checked.value;
  }
  const known = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      issues.push({ field: `${prefix}.${key}`, message: 'is not a known field' });
      ok = false;
    }
  }
  return ok ? out : null;
}

type OpenResponse = FeedbackResponseRecord & { source: string | null; externalId: string | null };

/** One response read with the declarations, defaults applied; null (and issues) when it is refused. */
function readResponse(raw: unknown, prefix: string, issues: RowIssue[], now: number): OpenResponse | null {
  const row = readRecord(FEEDBACK_RESPONSE_FIELDS, raw, prefix, issues, now) as (OpenResponse & { segment: string | null; tags: string[] | null; customScores: Record<string, number> | null }) | null;
  if (!row) return null;
  row.segment ??= '';
  row.tags ??= [];
  row.customScores ??= {};
  if (row.nps === null && row.csat === null && row.ces === null && !Object.keys(row.customScores).length && row.comment === null) {
    issues.push({ field: `${prefix}.nps`, message: 'a response needs at least one score (nps, csat, ces, customScores) or a comment' });
    return null;
  }
  return row as OpenResponse;
}

const RESPONSE_KINDS = new Map<string, FieldKind>(FEEDBACK_RESPONSE_FIELDS.map((f) => [f.name, f.kind]));

/** The CSV columns of a response are the declared field names; other headers are mapped onto them. */
export const FEEDBACK_CSV_FIELDS: readonly string[] = FEEDBACK_RESPONSE_FIELDS.map((f) => f.name);

/**
 * Turns one CSV row (cells by field name, after the column mapping) into the values the JSON batch
 * would carry, then validates it with the same declarations: numbers from their text, tags split
 * on `;` or `|`, customScores as a JSON object. Issues name the bare field (`nps`), the caller adds
 * the line. Cells are text, so a number that does not parse stays text and is refused as "must be a number".
 */
export function readFeedbackCsvRow(cells: Record<string, string>, defaults: { source: string }, now = Date.now()): { record: FeedbackResponseRecord; issues: [] } | { record: null; issues: RowIssue[] } {
  const raw: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  const kinds = RESPONSE_KINDS;
  for (const [name, cell] of Object.entries(cells)) {
    const text = cell.trim();
    if (!text) continue;
    const kind = kinds.get(name);
    if (kind === 'int' || kind === 'number') raw[name] = /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    else if (kind === 'tags') raw[name] = text.split(/[;|]/).map((t) => t.trim()).filter(Boolean);
    else if (kind === 'scores') {
      try {
        raw[name] = JSON.parse(text);
      } catch {
        issues.push({ field: name, message: 'must be a JSON object of metric key → number, e.g. {"effort":4}' });
      }
    } else raw[name] = cell;
  }
  if (issues.length) return { record: null, issues };
  const found: RowIssue[] = [];
  const row = readResponse(raw, 'row', found, now);
  if (row && row.externalId === null) found.push({ field: 'row.externalId', message: 'is required: it makes re-importing the file harmless' });
  if (!row || found.length) return { record: null, issues: found.map((f) => ({ field: f.field.replace(/^row\./, ''), message: f.message })) };
  row.source ??= defaults.source;
  return { record: row as FeedbackResponseRecord, issues: [] };
}

export interface FeedbackBatchDefaults {
  /** Used for rows that name no source. */
  source: string;
  /** Rows without an external id get one from here (console entry); null means the id is required. */
  newExternalId: (() => string) | null;
}

export interface ParsedFeedbackBatch {
  responses: FeedbackResponseRecord[];
  observations: MetricObservationRecord[];
  issues: RowIssue[];
}

/**
 * Validates and normalises a batch `{ source?, responses?: [...], observations?: [...] }`.
 * Every problem names its row and field (`responses[3].nps`); a caller refuses the whole batch
 * when any is found. Two rows with the same (source, external id) in one batch are refused too:
 * exactly-once across batches is the database's job, inside one batch it is almost always a bug.
 */
export function parseFeedbackBatch(raw: unknown, defaults: FeedbackBatchDefaults, now = Date.now()): ParsedFeedbackBatch {
  const issues: RowIssue[] = [];
  const responses: FeedbackResponseRecord[] = [];
  const observations: MetricObservationRecord[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { responses, observations, issues: [{ field: 'body', message: 'must be a JSON object { responses, observations }' }] };
  const body = raw as Record<string, unknown>;
  for (const key of Object.keys(body)) if (!['source', 'responses', 'observations'].includes(key)) issues.push({ field: key, message: 'is not a known field' });
  let source = defaults.source;
  if (body['source'] !== undefined) {
    if (typeof body['source'] !== 'string' || !body['source'].trim() || body['source'].trim().length > 64) issues.push({ field: 'source', message: 'must be a non-blank string of at most 64 characters' });
    else source = body['source'].trim();
  }
  const list = (name: 'responses' | 'observations'): unknown[] => {
    const v = body[name];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      issues.push({ field: name, message: 'must be a list' });
      return [];
    }
    return v;
  };
  const rawResponses = list('responses');
  const rawObservations = list('observations');
  const total = rawResponses.length + rawObservations.length;
  if (total === 0 && !issues.length) issues.push({ field: 'responses', message: 'the batch is empty: send responses and/or observations' });
  if (total > FEEDBACK_BATCH_LIMIT) {
    issues.push({ field: 'responses', message: `a batch holds at most ${FEEDBACK_BATCH_LIMIT} rows (responses + observations), got ${total}` });
    return { responses, observations, issues };
  }

  const seen = new Map<string, string>();
  const identify = (row: { source: string | null; externalId: string | null }, prefix: string) => {
    row.source ??= source;
    if (row.externalId === null) {
      if (defaults.newExternalId) row.externalId = defaults.newExternalId();
      else issues.push({ field: `${prefix}.externalId`, message: 'is required: it makes re-sending the row harmless' });
    }
    const key = `${row.source}\u0000${row.externalId}`;
    if (row.externalId !== null && seen.has(key)) issues.push({ field: `${prefix}.externalId`, message: `repeats ${seen.get(key)} (same source and external id)` });
    else seen.set(key, prefix);
  };

  rawResponses.forEach((r, i) => {
    const prefix = `responses[${i}]`;
    const row = readResponse(r, prefix, issues, now);
    if (!row) return;
    identify(row, prefix);
    responses.push(row as FeedbackResponseRecord);
  });
  rawObservations.forEach((r, i) => {
    const prefix = `observations[${i}]`;
    const row = readRecord(METRIC_OBSERVATION_FIELDS, r, prefix, issues, now) as (MetricObservationRecord & { source: string | null; externalId: string | null; segment: string | null }) | null;
    if (!row) return;
    row.segment ??= '';
    identify(row, prefix);
    observations.push(row as MetricObservationRecord);
  });
  return { responses, observations, issues: issues.slice(0, FEEDBACK_MAX_ISSUES) };
}
