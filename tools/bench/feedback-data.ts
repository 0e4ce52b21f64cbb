import type { Pool } from 'pg';
import { NO_SITE } from '@opencx/server-metrics';
import { gql } from './bench-kit';

export interface BenchJourney {
  journeyId: string;
  /** Touchpoint ids in map order, and their stages. */
  touchpoints: string[];
  stages: string[];
}

/** A generated journey (`stages` × `perStage` touchpoints) with the core survey metrics defined. */
export async function benchJourney(apiUrl: string, headers: Record<string, string>, stageCount: number, perStage: number): Promise<BenchJourney> {
  const stages = Array.from({ length: stageCount }, (_, s) => ({
    name: `阶段 ${s + 1}`, description: '',
    touchpoints: Array.from({ length: perStage }, (_, t) => ({ name: `触点 ${s}-${t}`, channel: 'app', customerAction: '', customerThought: '', expectation: '', emotion: 0, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] })),
  }));
  const doc = { format: 'opencx.journey', version: 1, journey: { name: 'Bench journey', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
  const { data } = await gql<{ importJourney: { id: string; stages: { id: string; touchpoints: { id: string }[] }[] } }>(
    apiUrl, `mutation($d: JSON!) { importJourney(document: $d) { id stages { id touchpoints { id } } } }`, { d: doc }, headers);
  const journey = data.importJourney;
  const touchpoints = journey.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
  // One entry through the product creates the core NPS/CSAT/CES definitions, as the first real feedback would.
  await gql(apiUrl, `mutation($t: ID!) { submitFeedback(input: { touchpointId: $t, nps: 9, csat: 5, ces: 6 }) { id } }`, { t: touchpoints[0] }, headers);
  return { journeyId: journey.id, touchpoints, stages: journey.stages.map((s) => s.id) };
}

const YEAR_SECONDS = 365 * 86400;

/**
 * Appends `count` synthetic responses (numbers `first` … `first + count − 1`) straight into the
 * partitioned `feedback_response` with `generate_series`, as the superuser, in chunks with progress:
 * spread over the year from `yearStart`, round-robin over the touchpoints, three segments, skewed
 * scores. Benchmarks of the read side need volume fast; the write path has its own benchmark.
 */
export async function generateResponses(
  pool: Pool,
  workspaceId: string,
  journey: BenchJourney,
  first: number,
  count: number,
  source: string,
  log: (line: string) => void,
  yearStart = '2026-01-01T00:00:00Z',
): Promise<void> {
  const chunk = 250000;
  const started = performance.now();
  for (let from = first; from < first + count; from += chunk) {
    const to = Math.min(first + count, from + chunk) - 1;
    await pool.query(
      `INSERT INTO feedback_response (workspace_id, id, occurred_at, touchpoint_id, journey_id, segment, nps, csat, ces, source, external_id)
       SELECT $1, gen_random_uuid(), $2::timestamptz + ((g * 2654435761) % ${YEAR_SECONDS}) * interval '1 second',
              ($3::uuid[])[1 + g % cardinality($3::uuid[])], $4, (ARRAY['', 'vip', '新业主'])[1 + (g / 7) % 3],
              CASE WHEN g % 10 < 9 THEN least(10, (g * 7) % 11 + (g % 3)) END, 1 + (g * 13) % 5, CASE WHEN g % 3 > 0 THEN 1 + (g * 17) % 7 END,
              $5, $5 || '-' || g
         FROM generate_series($6::bigint, $7::bigint) AS g`,
      [workspaceId, yearStart, journey.touchpoints, journey.journeyId, source, from, to],
    );
    const done = to - first + 1;
    log(`  … ${done.toLocaleString('en')} / ${count.toLocaleString('en')} responses (${Math.round(done / ((performance.now() - started) / 1000)).toLocaleString('en')} rows/s)`);
  }
  await pool.query('ANALYZE feedback_response');
}

/**
 * The daily roll-up of the survey scores computed from raw responses in one aggregate: what the
 * incremental roll-up maintains, recomputed from scratch (the materialized view of the `rollup`
 * benchmark, and how the `kpi` benchmark fills `metric_rollup` for generated rows). Same counters
 * as MetricRollupService's absorb for NPS, CSAT and CES.
 */
export function rollupOfResponsesSql(workspaceId: string, timeZone: string, grain: 'day' | 'week' | 'month' = 'day'): string {
  const ws = `'${workspaceId.replace(/[^0-9a-f-]/gi, '')}'::uuid`;
  const tz = `'${timeZone.replace(/'/g, "''")}'`;
  return `
    SELECT r.workspace_id, r.touchpoint_id, d.id AS metric_definition_id, coalesce(r.site_id, '${NO_SITE}'::uuid) AS site_id, r.segment,
           date_trunc('${grain}', (r.occurred_at AT TIME ZONE ${tz})::date::timestamp)::date AS day, r.journey_id,
           count(*)::bigint AS n, sum(s.v)::numeric AS sum, sum(s.v * s.v)::numeric AS sum_squares,
           count(*) FILTER (WHERE d.kind = 'nps' AND s.v >= 9)::bigint AS promoters,
           count(*) FILTER (WHERE d.kind = 'nps' AND s.v >= 7 AND s.v < 9)::bigint AS passives,
           count(*) FILTER (WHERE d.kind = 'nps' AND s.v < 7)::bigint AS detractors,
           count(*) FILTER (WHERE s.v >= d.scale_max)::bigint AS top_box,
           count(*) FILTER (WHERE (d.kind = 'csat' AND s.v >= 4) OR (d.kind = 'ces' AND s.v >= 5))::bigint AS top2_box,
           0::bigint AS within_target, '{}'::bigint[] AS hist
      FROM feedback_response r
      CROSS JOIN LATERAL (VALUES ('nps', r.nps), ('csat', r.csat), ('ces', r.ces)) AS s(key, v)
      JOIN metric_definition d ON d.workspace_id = r.workspace_id AND d.key = s.key
     WHERE r.workspace_id = ${ws} AND s.v IS NOT NULL
     GROUP BY r.workspace_id, r.touchpoint_id, d.id, 4, r.segment, 6, r.journey_id, d.kind, d.scale_max`;
}

export const ROLLUP_COLUMNS = 'workspace_id, touchpoint_id, metric_definition_id, site_id, segment, day, journey_id, n, sum, sum_squares, promoters, passives, detractors, top_box, top2_box, within_target, hist';

/** Replaces the workspace's roll-ups with the aggregate of its responses (generated rows skip ingestion). */
export async function rebuildRollups(pool: Pool, workspaceId: string, timeZone: string): Promise<number> {
  await pool.query(`DELETE FROM metric_rollup WHERE workspace_id = $1`, [workspaceId]);
  const { rowCount } = await pool.query(`INSERT INTO metric_rollup (${ROLLUP_COLUMNS}) ${rollupOfResponsesSql(workspaceId, timeZone)}`);
  // The weekly and monthly roll-ups ingestion keeps beside the daily ones.
  await pool.query(`DELETE FROM metric_rollup_period WHERE workspace_id = $1`, [workspaceId]);
  for (const grain of ['week', 'month'] as const) {
    await pool.query(`INSERT INTO metric_rollup_period (grain, ${ROLLUP_COLUMNS.replace(' day,', ' period_start,')}) SELECT '${grain}', x.* FROM (${rollupOfResponsesSql(workspaceId, timeZone, grain)}) x`);
  }
  await pool.query('ANALYZE metric_rollup');
  await pool.query('ANALYZE metric_rollup_period');
  return rowCount ?? 0;
}

export async function workspaceTimeZone(pool: Pool, workspaceId: string): Promise<string> {
  return (await pool.query<{ time_zone: string }>(`SELECT time_zone FROM workspace WHERE id = $1`, [workspaceId])).rows[0].time_zone;
}
