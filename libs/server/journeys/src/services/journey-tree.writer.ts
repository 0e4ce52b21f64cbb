import { randomUUID } from 'node:crypto';
import type { TenantTx } from '@opencx/server-database';
import type { TouchpointMetricBinding } from '@opencx/server-metrics';
import type { StageSnapshot } from './journey-snapshot';

export interface TreeWriteOptions {
  /** Version of every written row: 1 for a new map; a restore passes a number above any the rows ever had. */
  version?: number;
}

/**
 * Writes stages → touchpoints → pain points → opportunities of a snapshot under a journey, in
 * four multi-row statements (unnest) however large the map, and answers with the touchpoints'
 * metric bindings for the caller to hand to metrics (which owns that table). Ids, owner teams,
 * template keys and creation times in the snapshot are kept (restoring a revision keeps
 * identities); missing ids are generated (import, duplicate, templates).
 */
export async function insertJourneyTree(tx: TenantTx, journeyId: string, stages: StageSnapshot[], options: TreeWriteOptions = {}): Promise<TouchpointMetricBinding[]> {
  const version = options.version ?? 1;
  const st: { id: string; position: number; name: string; description: string }[] = [];
  const tp: Record<string, unknown>[] = [];
  const pp: Record<string, unknown>[] = [];
  const op: Record<string, unknown>[] = [];
  const bindings: TouchpointMetricBinding[] = [];
  stages.forEach((stage, si) => {
    const stageId = stage.id ?? randomUUID();
    st.push({ id: stageId, position: si, name: stage.name, description: stage.description });
    stage.touchpoints.forEach((t, ti) => {
      const touchpointId = t.id ?? randomUUID();
      tp.push({ ...t, id: touchpointId, stageId, position: ti, ownerTeamId: t.ownerTeamId ?? null, templateKey: t.templateKey ?? null });
      const painIds = t.painPoints.map((p) => p.id ?? randomUUID());
      t.painPoints.forEach((p, pi) => pp.push({ ...p, id: painIds[pi], touchpointId, createdAt: p.createdAt ?? null }));
      t.opportunities.forEach((o) =>
        op.push({
          ...o,
          id: o.id ?? randomUUID(),
          touchpointId,
          painPointId: o.painPointIndex !== null && o.painPointIndex !== undefined ? (painIds[o.painPointIndex] ?? null) : null,
          createdAt: o.createdAt ?? null,
        }),
      );
      for (const m of t.metrics ?? []) bindings.push({ touchpointId, metricDefinitionId: m.metricDefinitionId, targetOverride: m.targetOverride, position: m.position });
    });
  });

  const col = <T>(rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key] as T);
  if (st.length) {
    await tx.query(
      `INSERT INTO stage (workspace_id, id, journey_id, position, name, description, version)
       SELECT $1, u.*, $7 FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[]) AS u`,
      [st.map((s) => s.id), st.map(() => journeyId), st.map((s) => s.position), st.map((s) => s.name), st.map((s) => s.description), version],
    );
  }
  if (tp.length) {
    await tx.query(
      `INSERT INTO touchpoint (workspace_id, id, journey_id, stage_id, position, name, channel, customer_action, customer_thought,
                               expectation, emotion, moment_of_truth, layer, sla_minutes, device, region, template_key, owner_team_id, version)
       SELECT $1, u.*, $19 FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[],
                                $10::text[], $11::smallint[], $12::boolean[], $13::text[], $14::int[], $15::text[], $16::text[], $17::text[], $18::uuid[]) AS u`,
      [
        col(tp, 'id'),
        tp.map(() => journeyId),
        col(tp, 'stageId'),
        col(tp, 'position'),
        col(tp, 'name'),
        col(tp, 'channel'),
        col(tp, 'customerAction'),
        col(tp, 'customerThought'),
        col(tp, 'expectation'),
        col(tp, 'emotion'),
        col(tp, 'momentOfTruth'),
        col(tp, 'layer'),
        col(tp, 'slaMinutes'),
        col(tp, 'device'),
        col(tp, 'region'),
        col(tp, 'templateKey'),
        col(tp, 'ownerTeamId'),
        version,
      ],
    );
  }
  if (pp.length) {
    // A snapshot's creation time is put back as it was; new rows get now() + ordinality µs (now() is the same
    // for the whole transaction), which keeps creation order (pain points and opportunities list in that order).
    await tx.query(
      `INSERT INTO pain_point (workspace_id, id, journey_id, touchpoint_id, title, description, severity, source, evidence_count, version, created_at)
       SELECT $1, u.id, $2, u.tp, u.title, u.descr, u.sev, u.src, u.ev, $11, coalesce(u.at, now() + make_interval(secs => u.n / 1000000.0))
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::smallint[], $8::text[], $9::int[], $10::timestamptz[]) WITH ORDINALITY
              AS u(id, tp, title, descr, sev, src, ev, at, n)`,
      [journeyId, col(pp, 'id'), col(pp, 'touchpointId'), col(pp, 'title'), col(pp, 'description'), col(pp, 'severity'), col(pp, 'source'), col(pp, 'evidenceCount'), col(pp, 'createdAt'), version],
    );
  }
  if (op.length) {
    await tx.query(
      `INSERT INTO opportunity (workspace_id, id, journey_id, touchpoint_id, pain_point_id, title, description, version, created_at)
       SELECT $1, u.id, $2, u.tp, u.pp, u.title, u.descr, $8, coalesce(u.at, now() + make_interval(secs => u.n / 1000000.0))
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $9::timestamptz[]) WITH ORDINALITY AS u(id, tp, pp, title, descr, at, n)`,
      [journeyId, col(op, 'id'), col(op, 'touchpointId'), col(op, 'painPointId'), col(op, 'title'), col(op, 'description'), version, col(op, 'createdAt')],
    );
  }
  return bindings;
}
