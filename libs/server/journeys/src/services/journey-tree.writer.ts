import { randomUUID } from 'node:crypto';
import type { TenantTx } from '@opencx/server-database';
import type { TouchpointMetricBinding } from '@opencx/server-metrics';
import { fieldNames, personaEmotionsFromDocument, OPPORTUNITY_FIELDS, PAIN_POINT_FIELDS, STAGE_FIELDS, TOUCHPOINT_FIELDS, withDefaults, type FieldSqlType, type FieldTable } from '@opencx/domain';
import type { StageSnapshot } from './journey-snapshot';

export interface TreeWriteOptions {
  /** Version of every written row: 1 for a new map; a restore passes a number above any the rows ever had. */
  version?: number;
  /** Ids of the journey's further personas, in the order a snapshot's `personaEmotions` index them. */
  personaIds?: readonly string[];
}

/**
 * Writes stages → touchpoints → pain points → opportunities of a snapshot under a journey, in
 * four multi-row statements (unnest) however large the map, with the columns their fields declare, and answers with the touchpoints'
 * metric bindings for the caller to hand to metrics (which owns that table). Ids, owner teams,
 * template keys and creation times in the snapshot are kept (restoring a revision keeps
 * identities); missing ids are generated (import, duplicate, templates). A field the snapshot lacks
 * (a revision or export from before the field was declared) gets its declared default.
 */
export async function insertJourneyTree(tx: TenantTx, journeyId: string, stages: StageSnapshot[], options: TreeWriteOptions = {}): Promise<TouchpointMetricBinding[]> {
  const version = options.version ?? 1;
  const st: Record<string, unknown>[] = [];
  const tp: Record<string, unknown>[] = [];
  const pp: Record<string, unknown>[] = [];
  const op: Record<string, unknown>[] = [];
  const bindings: TouchpointMetricBinding[] = [];
  stages.forEach((stage, si) => {
    const stageId = stage.id ?? randomUUID();
    st.push({ ...withDefaults(STAGE_FIELDS, stage), id: stageId, position: si });
    stage.touchpoints.forEach((t, ti) => {
      const touchpointId = t.id ?? randomUUID();
      tp.push({ ...withDefaults(TOUCHPOINT_FIELDS, t), laneValues: t.laneValues ?? {}, personaEmotions: personaEmotionsFromDocument(t.personaEmotions, options.personaIds ?? []), id: touchpointId, stageId, position: ti });
      const painIds = t.painPoints.map((p) => p.id ?? randomUUID());
      t.painPoints.forEach((p, pi) => pp.push({ ...withDefaults(PAIN_POINT_FIELDS, p), id: painIds[pi], touchpointId, createdAt: p.createdAt ?? null }));
      t.opportunities.forEach((o) =>
        op.push({
          ...withDefaults(OPPORTUNITY_FIELDS, o),
          id: o.id ?? randomUUID(),
          touchpointId,
          painPointId: o.painPointIndex !== null && o.painPointIndex !== undefined ? (painIds[o.painPointIndex] ?? null) : null,
          createdAt: o.createdAt ?? null,
        }),
      );
      for (const m of t.metrics ?? []) bindings.push({ touchpointId, metricDefinitionId: m.metricDefinitionId, targetOverride: m.targetOverride, position: m.position });
    });
  });

  const col = (rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key]);
  // Declared fields become columns and typed unnest arrays in declaration order (journey-fields.ts).
  const declared = (table: FieldTable, rows: Record<string, unknown>[]) =>
    fieldNames(table).map((name) => ({ column: table[name].column, sql: table[name].sql, values: col(rows, name) }));
  if (st.length) {
    await insertRows(tx, 'stage', [{ column: 'id', sql: 'uuid', values: col(st, 'id') }, { column: 'journey_id', sql: 'uuid', values: st.map(() => journeyId) }, { column: 'position', sql: 'integer', values: col(st, 'position') }, ...declared(STAGE_FIELDS, st)], version);
  }
  if (tp.length) {
    await insertRows(
      tx,
      'touchpoint',
      [
        { column: 'id', sql: 'uuid', values: col(tp, 'id') },
        { column: 'journey_id', sql: 'uuid', values: tp.map(() => journeyId) },
        { column: 'stage_id', sql: 'uuid', values: col(tp, 'stageId') },
        { column: 'position', sql: 'integer', values: col(tp, 'position') },
        ...declared(TOUCHPOINT_FIELDS, tp),
        // Custom-lane entries travel as JSON text (a typed jsonb[] parameter).
        { column: 'lane_values', sql: 'jsonb', values: tp.map((r) => JSON.stringify(r.laneValues ?? {})) },
        { column: 'persona_emotions', sql: 'jsonb', values: tp.map((r) => JSON.stringify(r.personaEmotions ?? {})) },
      ],
      version,
    );
  }
  // A snapshot's creation time is put back as it was; new rows get now() + ordinality µs (now() is the same
  // for the whole transaction), which keeps creation order (pain points and opportunities list in that order).
  if (pp.length) {
    await insertRows(tx, 'pain_point', [{ column: 'id', sql: 'uuid', values: col(pp, 'id') }, { column: 'journey_id', sql: 'uuid', values: pp.map(() => journeyId) }, { column: 'touchpoint_id', sql: 'uuid', values: col(pp, 'touchpointId') }, ...declared(PAIN_POINT_FIELDS, pp)], version, col(pp, 'createdAt'));
  }
  if (op.length) {
    await insertRows(
      tx,
      'opportunity',
      [
        { column: 'id', sql: 'uuid', values: col(op, 'id') },
        { column: 'journey_id', sql: 'uuid', values: op.map(() => journeyId) },
        { column: 'touchpoint_id', sql: 'uuid', values: col(op, 'touchpointId') },
        { column: 'pain_point_id', sql: 'uuid', values: col(op, 'painPointId') },
        ...declared(OPPORTUNITY_FIELDS, op),
      ],
      version,
      col(op, 'createdAt'),
    );
  }
  return bindings;
}

interface ColumnValues {
  column: string;
  sql: FieldSqlType | 'jsonb';
  values: unknown[];
}

/**
 * One multi-row INSERT … SELECT FROM unnest(typed arrays): one bind parameter per column whatever the
 * row count (PostgreSQL allows 65,535). With `createdAt`, the rows are ordered by creation: a given
 * time is kept, a missing one becomes now() + the row's ordinality in µs.
 */
async function insertRows(tx: TenantTx, table: string, columns: ColumnValues[], version: number, createdAt?: unknown[]): Promise<void> {
  const params: unknown[] = columns.map((c) => c.values);
  const arrays = columns.map((c, i) => `$${i + 2}::${c.sql}[]`);
  const names = columns.map((c) => c.column);
  const aliases = columns.map((_, i) => `c${i}`);
  params.push(version);
  const versionParam = `$${params.length + 1}`;
  let sql: string;
  if (createdAt) {
    params.push(createdAt);
    sql = `INSERT INTO ${table} (workspace_id, ${names.join(', ')}, version, created_at)
           SELECT $1, ${aliases.map((a) => `u.${a}`).join(', ')}, ${versionParam}, coalesce(u.at, now() + make_interval(secs => u.n / 1000000.0))
             FROM unnest(${arrays.join(', ')}, $${params.length + 1}::timestamptz[]) WITH ORDINALITY AS u(${aliases.join(', ')}, at, n)`;
  } else {
    sql = `INSERT INTO ${table} (workspace_id, ${names.join(', ')}, version)
           SELECT $1, ${aliases.map((a) => `u.${a}`).join(', ')}, ${versionParam} FROM unnest(${arrays.join(', ')}) AS u(${aliases.join(', ')})`;
  }
  await tx.query(sql, params);
}
