import {
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  JOURNEY_SHAPES,
  JOURNEY_STATES,
  JOURNEY_STATUSES,
  PAIN_POINT_SOURCES,
  PERSONA_LIST_ITEM_MAX_LENGTH,
  PERSONA_LIST_MAX_ITEMS,
  SEVERITY_MAX,
  SEVERITY_MIN,
  STAGE_LAYERS,
} from './journey';
import type { Role } from './role';

/**
 * The fields of a journey map's entities, declared once: each field's column, type, limits and
 * where it travels (document, diff, CSV, history). Validation (documents and GraphQL inputs), the
 * revision diff, the CSV export, the tree writer's columns and the loader's mapping all read these
 * tables, so a new field is one entry here (plus its migration and the console control that edits it).
 * Structural columns (ids, parent ids, positions, versions, creation times) are not fields: every
 * entity has them and code handles them by name.
 */
export type FieldKind = 'text' | 'int' | 'bool' | 'enum' | 'uuid-ref' | 'list';

/** PostgreSQL type of the column, for typed array parameters (`unnest($n::text[])`). */
export type FieldSqlType = 'text' | 'smallint' | 'integer' | 'boolean' | 'uuid' | 'text[]';

interface FieldBase {
  /** Column in the entity's table. */
  column: string;
  sql: FieldSqlType;
  /** May be null (stored as NULL; clearing it is allowed). */
  nullable?: boolean;
  /** Part of the portable JourneyDocument (export/import); otherwise only in revision snapshots. Default true. */
  document?: boolean;
  /** Compared by the revision diff and labelled in the console's history. */
  diffed?: boolean;
  /** Column header in the touchpoint CSV export (touchpoints only); absent: not exported. */
  csv?: string;
  /** Lowest role that may change it through the API; absent: not editable (set by templates or the system). */
  editableBy?: Role;
  /** Value a new row gets when the input leaves the field out. */
  default?: unknown;
  /** Readable through GraphQL (the entity's model). Default true. */
  api?: boolean;
  /** What the API documentation says about it. */
  description?: string;
}

export interface TextField extends FieldBase {
  kind: 'text';
  sql: 'text';
  maxLength: number;
  /** Must be present and not blank. */
  required?: boolean;
}

export interface IntField extends FieldBase {
  kind: 'int';
  sql: 'smallint' | 'integer';
  min: number;
  max: number;
  /** Message when out of range; default "must be an integer from min to max". */
  rangeMessage?: string;
}

export interface BoolField extends FieldBase {
  kind: 'bool';
  sql: 'boolean';
}

export interface EnumField extends FieldBase {
  kind: 'enum';
  sql: 'text';
  values: readonly string[];
}

export interface UuidRefField extends FieldBase {
  kind: 'uuid-ref';
  sql: 'uuid';
  /** The entity referred to (a team, a pain point …), for readers. */
  refers: string;
}

export interface ListField extends FieldBase {
  kind: 'list';
  sql: 'text[]';
  maxItems: number;
  itemMaxLength: number;
}

export type FieldSpec = TextField | IntField | BoolField | EnumField | UuidRefField | ListField;
export type FieldTable = Readonly<Record<string, FieldSpec>>;

const NAME = { kind: 'text', sql: 'text', maxLength: 200, required: true, diffed: true, editableBy: 'editor' } as const;
const DESCRIPTION = { kind: 'text', sql: 'text', maxLength: 5000, diffed: true, editableBy: 'editor', default: '' } as const;

export const PERSONA_FIELDS = {
  name: { ...NAME, column: 'name' },
  description: { ...DESCRIPTION, column: 'description' },
  goals: { kind: 'list', sql: 'text[]', column: 'goals', maxItems: PERSONA_LIST_MAX_ITEMS, itemMaxLength: PERSONA_LIST_ITEM_MAX_LENGTH, editableBy: 'editor', default: [] },
  needs: { kind: 'list', sql: 'text[]', column: 'needs', maxItems: PERSONA_LIST_MAX_ITEMS, itemMaxLength: PERSONA_LIST_ITEM_MAX_LENGTH, editableBy: 'editor', default: [] },
  frustrations: { kind: 'list', sql: 'text[]', column: 'frustrations', maxItems: PERSONA_LIST_MAX_ITEMS, itemMaxLength: PERSONA_LIST_ITEM_MAX_LENGTH, editableBy: 'editor', default: [] },
  segmentKey: { kind: 'text', sql: 'text', column: 'segment_key', maxLength: 100, nullable: true, editableBy: 'editor', default: null },
} as const satisfies FieldTable;

export const JOURNEY_FIELDS = {
  name: { ...NAME, column: 'name' },
  description: { ...DESCRIPTION, column: 'description' },
  state: { kind: 'enum', sql: 'text', column: 'state', values: JOURNEY_STATES, diffed: true, editableBy: 'editor', default: 'current' },
  shape: { kind: 'enum', sql: 'text', column: 'shape', values: JOURNEY_SHAPES, diffed: true, editableBy: 'editor', default: 'linear' },
  status: { kind: 'enum', sql: 'text', column: 'status', values: JOURNEY_STATUSES, diffed: true, editableBy: 'editor', default: 'draft' },
} as const satisfies FieldTable;

export const STAGE_FIELDS = {
  name: { ...NAME, column: 'name' },
  description: { ...DESCRIPTION, column: 'description' },
} as const satisfies FieldTable;

const TOUCHPOINT_TEXT = { kind: 'text', sql: 'text', maxLength: 2000, diffed: true, editableBy: 'editor', default: '' } as const;
const TOUCHPOINT_TAG = { kind: 'text', sql: 'text', maxLength: 100, nullable: true, diffed: true, editableBy: 'editor', default: null } as const;

export const TOUCHPOINT_FIELDS = {
  name: { ...NAME, column: 'name', csv: 'touchpoint' },
  channel: { kind: 'enum', sql: 'text', column: 'channel', values: CHANNELS, diffed: true, csv: 'channel', editableBy: 'editor', default: 'web' },
  customerAction: { ...TOUCHPOINT_TEXT, column: 'customer_action', csv: 'customer_action' },
  customerThought: { ...TOUCHPOINT_TEXT, column: 'customer_thought', csv: 'customer_thought' },
  expectation: { ...TOUCHPOINT_TEXT, column: 'expectation', csv: 'expectation' },
  emotion: {
    kind: 'int',
    sql: 'smallint',
    column: 'emotion',
    min: EMOTION_MIN,
    max: EMOTION_MAX,
    diffed: true,
    csv: 'emotion',
    editableBy: 'editor',
    default: 0,
    description: '−3 (very negative) … +3 (very positive)',
  },
  momentOfTruth: { kind: 'bool', sql: 'boolean', column: 'moment_of_truth', diffed: true, csv: 'moment_of_truth', editableBy: 'editor', default: false },
  layer: { kind: 'enum', sql: 'text', column: 'layer', values: STAGE_LAYERS, diffed: true, csv: 'layer', editableBy: 'editor', default: 'front_stage', description: 'front_stage | back_stage' },
  slaMinutes: {
    kind: 'int',
    sql: 'integer',
    column: 'sla_minutes',
    min: 1,
    max: 525600,
    nullable: true,
    diffed: true,
    csv: 'sla_minutes',
    editableBy: 'editor',
    default: null,
  },
  device: { ...TOUCHPOINT_TAG, column: 'device', csv: 'device' },
  region: { ...TOUCHPOINT_TAG, column: 'region', csv: 'region' },
  // Snapshot-only: who owns it and which template entry it came from are workspace facts, not portable content.
  ownerTeamId: { kind: 'uuid-ref', sql: 'uuid', column: 'owner_team_id', refers: 'Team', nullable: true, document: false, editableBy: 'editor', default: null },
  // Not in the API either: the plugin template's key for this touchpoint (provenance, kept by snapshots).
  templateKey: { kind: 'text', sql: 'text', column: 'template_key', maxLength: 200, nullable: true, document: false, api: false, default: null },
} as const satisfies FieldTable;

export const PAIN_POINT_FIELDS = {
  title: { ...NAME, column: 'title' },
  description: { ...DESCRIPTION, column: 'description' },
  severity: {
    kind: 'int',
    sql: 'smallint',
    column: 'severity',
    min: SEVERITY_MIN,
    max: SEVERITY_MAX,
    diffed: true,
    editableBy: 'editor',
  },
  source: { kind: 'enum', sql: 'text', column: 'source', values: PAIN_POINT_SOURCES, diffed: true, editableBy: 'editor', default: 'manual' },
  evidenceCount: { kind: 'int', sql: 'integer', column: 'evidence_count', min: 0, max: 2 ** 31 - 1, diffed: true, editableBy: 'editor', default: 0 },
} as const satisfies FieldTable;

export const OPPORTUNITY_FIELDS = {
  title: { ...NAME, column: 'title' },
  description: { ...DESCRIPTION, column: 'description' },
} as const satisfies FieldTable;

/** Every declared table by entity, for code that walks them all (tests, documentation). */
export const JOURNEY_ENTITY_FIELDS = {
  persona: PERSONA_FIELDS,
  journey: JOURNEY_FIELDS,
  stage: STAGE_FIELDS,
  touchpoint: TOUCHPOINT_FIELDS,
  painPoint: PAIN_POINT_FIELDS,
  opportunity: OPPORTUNITY_FIELDS,
} as const;

/** The shape of JOURNEY_ENTITY_FIELDS, for code that takes a declaration (tests pass a copy with an extra field). */
export type JourneyEntityFields = Record<keyof typeof JOURNEY_ENTITY_FIELDS, FieldTable>;

/** The TypeScript value of one declared field. */
export type FieldValue<F extends FieldSpec> =
  | (F extends EnumField ? F['values'][number] : F extends IntField ? number : F extends BoolField ? boolean : F extends ListField ? string[] : string)
  | (F['nullable'] extends true ? null : never);

/** An entity's field values, typed from its declaration. */
export type FieldValues<T extends FieldTable> = { -readonly [K in keyof T]: FieldValue<T[K]> };

/** Names of a table's fields that satisfy a predicate, in declaration order. */
export function fieldNames<T extends FieldTable>(table: T, keep: (spec: FieldSpec, name: string) => boolean = () => true): (keyof T & string)[] {
  return Object.keys(table).filter((name) => keep(table[name], name)) as (keyof T & string)[];
}

/** Keys of the fields whose declaration matches `Flag`, as a type (so each consumer is checked by the compiler). */
export type FieldKeysWith<T, Flag> = { [K in keyof T]: T[K] extends Flag ? K : never }[keyof T] & string;

/** Fields that travel in the portable JourneyDocument, in document order. */
export const documentFieldNames = <T extends FieldTable>(table: T) => fieldNames(table, (f) => f.document !== false) as Exclude<keyof T & string, FieldKeysWith<T, { document: false }>>[];

/** Fields compared by the revision diff (and labelled in the console's history: its labels are typed by these keys). */
export const diffFieldNames = <T extends FieldTable>(table: T) => fieldNames(table, (f) => f.diffed === true) as FieldKeysWith<T, { diffed: true }>[];

/** Copies the declared fields of `row` (a loaded entity or model) into a plain object, in declaration order. */
export function pickFields<T extends FieldTable, R extends Partial<Record<keyof T, unknown>>>(table: T, row: R, names: (keyof T & string)[] = fieldNames(table)): Pick<R, keyof T & keyof R> {
  const out: Record<string, unknown> = {};
  for (const name of names) out[name] = row[name];
  return out as Pick<R, keyof T & keyof R>;
}

/** The declared defaults for a new row, overridden by whatever the input provides (undefined = left out). */
export function withDefaults<T extends FieldTable>(table: T, input: Partial<Record<keyof T, unknown>>): Record<keyof T & string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of fieldNames(table)) {
    const value = input[name];
    out[name] = value === undefined ? (table[name].default ?? (table[name].nullable ? null : undefined)) : value;
  }
  return out as Record<keyof T & string, unknown>;
}

/** A portable document's values for an entity's fields: the declared defaults (templates and test builders start here). */
export function documentDefaults<T extends FieldTable>(table: T): Record<ReturnType<typeof documentFieldNames<T>>[number], unknown> {
  const all = withDefaults(table, {});
  return Object.fromEntries(documentFieldNames(table).map((name) => [name, all[name]])) as Record<ReturnType<typeof documentFieldNames<T>>[number], unknown>;
}

/** Fields set to null when an edit asks to clear the optional ones (the nullable, editable fields). */
export const clearableFieldNames = <T extends FieldTable>(table: T) => fieldNames(table, (f) => f.nullable === true && f.editableBy !== undefined);
