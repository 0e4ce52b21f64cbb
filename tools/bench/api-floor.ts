/**
 * The api benchmark's raw floor: a bare Node HTTP server (no framework, no GraphQL) that answers
 * `journey(id)` the cheapest honest way. It runs the statements the API runs for that request, as
 * the same database role (so row-level security costs the same) — the session lookup, the read-only
 * transaction that sets the tenant, the loader's four statements and COMMIT — assembles the map and
 * writes the same JSON document the API answers. Run as a child process of the benchmark, like the API:
 *
 *   FLOOR_DATABASE_URL=… PORT=… node -r @swc-node/register tools/bench/api-floor.ts
 *
 * POST / with the API's headers (authorization, x-workspace-id) and `{ "id": "<journey id>" }`.
 */
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { Pool } from 'pg';

type Row = Record<string, unknown>;

const pool = new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 20 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function group(rows: Row[], key: string): Map<unknown, Row[]> {
  const map = new Map<unknown, Row[]>();
  for (const row of rows) {
    const list = map.get(row[key]);
    if (list) list.push(row);
    else map.set(row[key], [row]);
  }
  return map;
}

async function journeyDocument(token: string, workspaceId: string, journeyId: string): Promise<{ status: number; body: unknown }> {
  const [principal] = (await pool.query(`SELECT * FROM session_principal($1, $2::uuid)`, [createHash('sha256').update(token).digest('hex'), workspaceId])).rows;
  if (!principal?.role) return { status: 403, body: { errors: [{ message: 'forbidden' }] } };
  const client = await pool.connect();
  try {
    await client.query(`START TRANSACTION READ ONLY; SELECT set_config('app.workspace_id', '${workspaceId}', true)`);
    const [head] = (
      await client.query(
        `SELECT to_jsonb(j) AS journey, to_jsonb(p) AS persona,
                (SELECT coalesce(jsonb_agg(to_jsonb(s) ORDER BY s.position), '[]'::jsonb) FROM stage s WHERE s.workspace_id = j.workspace_id AND s.journey_id = j.id) AS stages
           FROM journey j LEFT JOIN persona p ON p.workspace_id = j.workspace_id AND p.id = j.persona_id
          WHERE j.workspace_id = $1 AND j.id = $2`,
        [workspaceId, journeyId],
      )
    ).rows;
    const [touchpoints, insights, bindings] = await Promise.all([
      client.query(`SELECT * FROM touchpoint WHERE workspace_id = $1 AND journey_id = $2 ORDER BY position`, [workspaceId, journeyId]),
      client.query(
        `SELECT kind, row FROM (
           SELECT 'pain' AS kind, to_jsonb(p) AS row, p.created_at AS t, p.id FROM pain_point p WHERE p.workspace_id = $1 AND p.journey_id = $2
           UNION ALL
           SELECT 'opportunity', to_jsonb(o), o.created_at, o.id FROM opportunity o WHERE o.workspace_id = $1 AND o.journey_id = $2
         ) i ORDER BY kind, t, id`,
        [workspaceId, journeyId],
      ),
      client.query(
        `SELECT tm.touchpoint_id AS "touchpointId", d.key, coalesce(tm.target_override, d.target) AS target
           FROM touchpoint_metric tm JOIN metric_definition d ON d.workspace_id = tm.workspace_id AND d.id = tm.metric_definition_id
          WHERE tm.workspace_id = $1 AND tm.journey_id = $2
          ORDER BY tm.touchpoint_id, tm.position, d.id`,
        [workspaceId, journeyId],
      ),
    ]);
    await client.query('COMMIT');
    if (!head) return { status: 404, body: { errors: [{ message: 'not found' }] } };
    const journey = head.journey as Row;
    const persona = head.persona as Row | null;
    const pains = group(insights.rows.filter((i) => i.kind === 'pain').map((i) => i.row as Row), 'touchpoint_id');
    const opps = group(insights.rows.filter((i) => i.kind === 'opportunity').map((i) => i.row as Row), 'touchpoint_id');
    const metrics = group(bindings.rows, 'touchpointId');
    const byStage = group(touchpoints.rows, 'stage_id');
    return {
      status: 200,
      body: {
        data: {
          journey: {
            id: journey.id,
            name: journey.name,
            revision: journey.revision,
            persona: persona ? { name: persona.name } : null,
            stages: (head.stages as Row[]).map((s) => ({
              id: s.id,
              name: s.name,
              position: s.position,
              touchpoints: (byStage.get(s.id) ?? []).map((t) => ({
                id: t.id,
                name: t.name,
                channel: t.channel,
                emotion: t.emotion,
                momentOfTruth: t.moment_of_truth,
                slaMinutes: t.sla_minutes,
                position: t.position,
                painPoints: (pains.get(t.id) ?? []).map((p) => ({ id: p.id, title: p.title, severity: p.severity })),
                opportunities: (opps.get(t.id) ?? []).map((o) => ({ id: o.id, title: o.title })),
                metrics: (metrics.get(t.id) ?? []).map((m) => ({ key: m.key, target: num(m.target) })),
              })),
            })),
          },
        },
      },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  if (req.url === '/readyz') return void res.end('ok');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const token = String(req.headers.authorization ?? '').slice(7);
    const workspaceId = String(req.headers['x-workspace-id'] ?? '');
    const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
    if (!UUID.test(workspaceId) || !UUID.test(id)) {
      res.writeHead(400).end();
      return;
    }
    journeyDocument(token, workspaceId, id).then(
      ({ status, body }) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
const close = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', close);
process.once('SIGINT', close);
