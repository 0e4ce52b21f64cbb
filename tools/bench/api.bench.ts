import { Pool } from 'pg';
import { createHash } from 'node:crypto';
import type { BenchResult } from './run';
import { benchWorkspace, fmt, gql, load, startBenchEnv, type Size } from './bench-kit';

const MAP_QUERY = `query($id: ID!) { journey(id: $id) { id name revision persona { name }
  stages { id name position touchpoints { id name channel emotion momentOfTruth slaMinutes position
    painPoints { id title severity } opportunities { id title } metrics { key target } } } } }`;

/** A generated map: 12 stages, `touchpoints` touchpoints spread over them, a pain point and an opportunity on every third. */
function mapDocument(touchpoints: number) {
  const stages = Array.from({ length: 12 }, (_, s) => ({ name: `阶段 Stage ${s + 1}`, description: '', touchpoints: [] as unknown[] }));
  for (let i = 0; i < touchpoints; i++) {
    stages[i % 12].touchpoints.push({
      name: `触点 Touchpoint ${i + 1}`, channel: ['web', 'app', 'wechat', 'phone', 'on_site'][i % 5], customerAction: 'action', customerThought: 'thought',
      expectation: 'expectation', emotion: (i % 7) - 3, momentOfTruth: i % 17 === 0, layer: 'front_stage', slaMinutes: i % 4 ? null : 60, device: null, region: null,
      painPoints: i % 3 ? [] : [{ title: `Pain ${i}`, description: '', severity: (i % 5) + 1, source: 'research', evidenceCount: 0 }],
      opportunities: i % 3 ? [] : [{ title: `Idea ${i}`, description: '', painPointIndex: 0 }],
    });
  }
  return { format: 'opencx.journey', version: 1, journey: { name: 'Benchmark map', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
}

/**
 * `journey(id)` — the whole map — under 50 concurrent clients, against the same rows read by raw
 * SQL through pg (session lookup + the loader's four statements) as the floor.
 */
export async function apiBench(size: Size, log: (line: string) => void): Promise<BenchResult> {
  const env = await startBenchEnv(size, log);
  try {
    const seconds = size === 'large' ? 20 : 5;
    const clients = 50;
    const touchpoints = 200;
    const headers = await benchWorkspace(env.apiUrl, 'bench-api');
    log(`creating a map with 12 stages × ${touchpoints} touchpoints …`);
    const { data } = await gql<{ importJourney: { id: string } }>(env.apiUrl, `mutation($d: JSON!) { importJourney(document: $d) { id } }`, { d: mapDocument(touchpoints) }, headers);
    const journeyId = data.importJourney.id;

    const first = await gql<{ journey: { stages: { touchpoints: unknown[] }[] } }>(env.apiUrl, MAP_QUERY, { id: journeyId }, headers);
    const loaded = first.data.journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
    if (loaded !== touchpoints) throw new Error(`map has ${loaded} touchpoints, expected ${touchpoints}`);
    let maxStatements = first.statements;

    log(`OpenCX journey(id): ${clients} clients × ${seconds} s …`);
    const ours = await load(clients, seconds, async () => {
      const r = await gql(env.apiUrl, MAP_QUERY, { id: journeyId }, headers);
      maxStatements = Math.max(maxStatements, r.statements);
    }, log);

    log(`raw SQL floor (pg, same rows, same statements): ${clients} clients × ${seconds} s …`);
    const pool = new Pool({ connectionString: env.databaseUrl, max: 20 });
    const ws = headers['x-workspace-id'];
    const tokenHash = createHash('sha256').update(headers.authorization.slice(7)).digest('hex');
    const raw = await load(clients, seconds, async () => {
      await pool.query(`SELECT u.id, m.role FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN membership m ON m.workspace_id = $2 AND m.user_id = u.id WHERE s.token_hash = $1`, [tokenHash, ws]);
      await pool.query(`SELECT to_jsonb(j) FROM journey j WHERE j.workspace_id = $1 AND j.id = $2`, [ws, journeyId]);
      await Promise.all([
        pool.query(`SELECT * FROM stage WHERE workspace_id = $1 AND journey_id = $2 ORDER BY position`, [ws, journeyId]),
        pool.query(`SELECT * FROM touchpoint WHERE workspace_id = $1 AND journey_id = $2 ORDER BY position`, [ws, journeyId]),
        pool.query(`SELECT to_jsonb(p) FROM pain_point p WHERE workspace_id = $1 AND journey_id = $2 UNION ALL SELECT to_jsonb(o) FROM opportunity o WHERE workspace_id = $1 AND journey_id = $2`, [ws, journeyId]),
      ]);
    }, log);
    await pool.end();

    return {
      name: 'api',
      lines: [
        `map: 12 stages, ${touchpoints} touchpoints; ${clients} concurrent clients; ${fmt(ours.seconds)} s each`,
        `OpenCX journey(id): ${fmt(ours.perSecond, 0)} req/s, p50 ${fmt(ours.p50)} ms, p95 ${fmt(ours.p95)} ms, p99 ${fmt(ours.p99)} ms, ≤ ${maxStatements} SQL statements/request`,
        `raw SQL floor:      ${fmt(raw.perSecond, 0)} req/s, p50 ${fmt(raw.p50)} ms, p99 ${fmt(raw.p99)} ms`,
      ],
      checks: [
        { label: 'SQL statements per request ≤ 5', value: maxStatements, pass: maxStatements <= 5 },
        { label: 'p99 < 50 ms', value: `${fmt(ours.p99)} ms`, pass: ours.p99 < 50 },
        { label: 'throughput ÷ raw SQL floor ≥ 0.5×', value: `${fmt(ours.perSecond / raw.perSecond, 2)}×`, pass: ours.perSecond / raw.perSecond >= 0.5 },
      ],
    };
  } finally {
    await env.close();
  }
}
