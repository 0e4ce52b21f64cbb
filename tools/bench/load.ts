/**
 * `npm run test:load` (not part of `npm test`): LOAD_CLIENTS (200) concurrent clients for
 * LOAD_SECONDS (60) on loopback against the real API, mixing map reads, map edits, KPI reads and
 * feedback batches; prints p50/p99 and errors per operation; afterwards checks in the database that
 * every accepted feedback row and every accepted edit is there exactly once. Exit 1 unless there
 * were 0 errors and 0 lost or duplicated rows/edits.
 */
import { Pool } from 'pg';
import { benchWorkspace, fmt, gql, percentile, startBenchEnv } from './bench-kit';
import { benchJourney } from './feedback-data';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const BATCH_ROWS = 50;
const MAP = `query($id: ID!) { journey(id: $id) { id revision stages { id touchpoints { id name version } } } }`;
const KPIS = `query($id: ID!) { kpis(scope: JOURNEY, id: $id, from: "2026-01-01", to: "2026-12-31", granularity: WEEK) { metrics { key total { n } } } }`;
const EDIT = `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`;

type Op = 'map read' | 'map edit' | 'kpi read' | 'feedback batch';

async function main(): Promise<void> {
  const log = (line: string) => console.log(`  ${line}`);
  const env = await startBenchEnv('small', log);
  const pool = new Pool({ connectionString: env.databaseUrl, max: 2 });
  let failed = false;
  try {
    const headers = await benchWorkspace(env.apiUrl, 'load');
    const workspaceId = headers['x-workspace-id'];
    // One touchpoint per client to edit (its own, so an accepted edit is never a lost update), plus the map to read.
    const journey = await benchJourney(env.apiUrl, headers, 10, Math.ceil(CLIENTS / 10));
    const token = (await gql<{ createApiToken: { secret: string } }>(env.apiUrl, `mutation { createApiToken(input: { name: "load", scopes: ["feedback:write"] }) { secret } }`, {}, headers)).data.createApiToken.secret;
    const versions = new Map((await pool.query<{ id: string; version: number }>(`SELECT id, version FROM touchpoint WHERE workspace_id = $1`, [workspaceId])).rows.map((r) => [r.id, r.version]));

    const initialVersions = new Map(versions);
    const latencies: Record<Op, number[]> = { 'map read': [], 'map edit': [], 'kpi read': [], 'feedback batch': [] };
    const errors: Record<Op, string[]> = { 'map read': [], 'map edit': [], 'kpi read': [], 'feedback batch': [] };
    const acceptedEdits = new Map<string, { count: number; lastName: string }>();
    const acceptedRows = new Set<string>();
    let batchNo = 0;

    const timed = async (op: Op, work: () => Promise<void>) => {
      const t = performance.now();
      try {
        await work();
        latencies[op].push(performance.now() - t);
      } catch (error) {
        errors[op].push((error as Error).message.slice(0, 200));
      }
    };
    const ops: Record<Op, (client: number, n: number) => Promise<void>> = {
      'map read': async () => void (await gql(env.apiUrl, MAP, { id: journey.journeyId }, headers)),
      'kpi read': async () => void (await gql(env.apiUrl, KPIS, { id: journey.journeyId }, headers)),
      'map edit': async (client, n) => {
        const id = journey.touchpoints[client % journey.touchpoints.length];
        // Each client edits its own touchpoint (there are at least as many as clients); a CONFLICT would be retried with the stored version.
        const name = `client ${client} edit ${n}`;
        for (let attempt = 0; ; attempt++) {
          const version = versions.get(id) as number;
          const reply = await fetch(`${env.apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: EDIT, variables: { i: { id, version, name } } }) });
          const body = (await reply.json()) as { errors?: { extensions?: { code?: string } }[] };
          if (!body.errors?.length) {
            versions.set(id, version + 1);
            const seen = acceptedEdits.get(id) ?? { count: 0, lastName: '' };
            acceptedEdits.set(id, { count: seen.count + 1, lastName: name });
            return;
          }
          if (body.errors[0].extensions?.code !== 'CONFLICT' || attempt > 20) throw new Error(`edit refused: ${JSON.stringify(body.errors).slice(0, 200)}`);
          versions.set(id, Number((await pool.query(`SELECT version FROM touchpoint WHERE workspace_id = $1 AND id = $2`, [workspaceId, id])).rows[0].version));
        }
      },
      'feedback batch': async () => {
        const k = batchNo++;
        const responses = Array.from({ length: BATCH_ROWS }, (_, i) => ({
          touchpointId: journey.touchpoints[(k + i) % journey.touchpoints.length],
          occurredAt: new Date(Date.UTC(2026, 0, 1) + ((k * BATCH_ROWS + i) % 300) * 86400000).toISOString(),
          nps: i % 11, csat: (i % 5) + 1, comment: i % 5 ? null : `服务很好 load ${k}-${i}`, externalId: `load-${k}-${i}`,
        }));
        const body = JSON.stringify({ source: 'load', responses });
        // Every fifth batch is sent twice with its Idempotency-Key, as a client retrying after a timeout would.
        for (let send = 0; send < (k % 5 === 0 ? 2 : 1); send++) {
          const res = await fetch(`${env.apiUrl}/api/v1/feedback`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `load-${k}` }, body });
          const reply = (await res.json()) as { accepted?: { responses: number } };
          if (res.status !== 201 && res.status !== 200) throw new Error(`batch refused: ${res.status} ${JSON.stringify(reply).slice(0, 200)}`);
        }
        for (const r of responses) acceptedRows.add(r.externalId);
      },
    };
    // The mix: reads dominate, as in the console.
    const mix: Op[] = ['map read', 'map read', 'map read', 'kpi read', 'kpi read', 'map edit', 'feedback batch'];

    console.log(`▶ load: ${CLIENTS} clients × ${SECONDS} s (map reads, KPI reads, map edits, ${BATCH_ROWS}-row feedback batches)`);
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    const ticker = setInterval(() => log(`… ${Math.round((performance.now() - started) / 1000)}/${SECONDS} s`), 5000);
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let n = 0; performance.now() < deadline; n++) {
          const op = mix[(client + n) % mix.length];
          await timed(op, () => ops[op](client, n));
        }
      }),
    );
    clearInterval(ticker);

    console.log('\noperation        requests   p50 ms    p99 ms   errors');
    for (const op of Object.keys(latencies) as Op[]) {
      const sorted = latencies[op].sort((a, b) => a - b);
      console.log(`${op.padEnd(16)} ${String(sorted.length).padStart(8)} ${fmt(percentile(sorted, 50)).padStart(8)} ${fmt(percentile(sorted, 99)).padStart(9)} ${String(errors[op].length).padStart(8)}`);
      for (const message of [...new Set(errors[op])].slice(0, 3)) console.log(`    ${message}`);
    }

    // Exactly once: every accepted row once, nothing else from this source; every accepted edit counted in the version and the last one's name kept.
    const stored = (await pool.query<{ external_id: string; n: string }>(`SELECT external_id, count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND source = 'load' GROUP BY external_id`, [workspaceId])).rows;
    const duplicated = stored.filter((r) => Number(r.n) !== 1).length;
    const storedIds = new Set(stored.map((r) => r.external_id));
    const lost = [...acceptedRows].filter((id) => !storedIds.has(id)).length;
    const unexpected = stored.filter((r) => !acceptedRows.has(r.external_id)).length;
    const rows = new Map((await pool.query<{ id: string; version: number; name: string }>(`SELECT id, version, name FROM touchpoint WHERE workspace_id = $1`, [workspaceId])).rows.map((r) => [r.id, r]));
    let lostEdits = 0;
    for (const [id, edits] of acceptedEdits) {
      const row = rows.get(id);
      if (!row || row.name !== edits.lastName || row.version !== (initialVersions.get(id) as number) + edits.count) lostEdits++;
    }
    const totalErrors = Object.values(errors).reduce((n, e) => n + e.length, 0);
    console.log(`\nfeedback rows accepted ${acceptedRows.size}, stored ${stored.length}: lost ${lost}, duplicated ${duplicated}, unexpected ${unexpected}`);
    console.log(`map edits accepted ${[...acceptedEdits.values()].reduce((n, e) => n + e.count, 0)} on ${acceptedEdits.size} touchpoints: lost ${lostEdits}`);
    failed = totalErrors > 0 || lost > 0 || duplicated > 0 || unexpected > 0 || lostEdits > 0;
    console.log(`\n${failed ? '✗' : '✓'} errors ${totalErrors} (bar 0), lost or duplicated rows/edits ${lost + duplicated + unexpected + lostEdits} (bar 0)`);
  } finally {
    await pool.end();
    await env.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
