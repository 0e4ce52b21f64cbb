import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { FeedbackResponseEntity } from '@opencx/server-feedback';
import type { BenchResult } from './report';
import { benchWorkspace, bySize, fmt, gql, startBenchEnv, type Size } from './bench-kit';

const BATCH = 1000;

interface Answer {
  touchpointId: string;
  occurredAt: string;
  site?: string;
  segment: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  tags: string[];
  externalId: string;
}

function batchOf(touchpoints: string[], index: number, prefix: string): Answer[] {
  return Array.from({ length: BATCH }, (_, i) => {
    const k = index * BATCH + i;
    return {
      touchpointId: touchpoints[k % touchpoints.length],
      // Batch i holds day i's answers, spread over the day: sources push what came in since their last push.
      occurredAt: new Date(Date.UTC(2026, 0, 1) + index * 86400000 + ((i * 7919) % (24 * 60)) * 60000).toISOString(),
      segment: ['', 'vip', '新业主'][k % 3],
      nps: k % 10,
      csat: (k % 5) + 1,
      ces: k % 3 ? (k % 7) + 1 : null,
      comment: k % 4 ? null : `维修师傅很及时 response ${k}`,
      tags: k % 4 ? [] : ['及时'],
      externalId: `${prefix}-${k}`,
    };
  });
}

/** `clients` loops taking batch numbers `from` … `to − 1` from a shared counter until all are done; seconds. */
async function drainRange(from: number, to: number, clients: number, send: (index: number) => Promise<void>): Promise<number> {
  let next = from;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < to; i = next++) await send(i);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function drain(batches: number, clients: number, send: (index: number) => Promise<void>): Promise<{ seconds: number; rowsPerSecond: number }> {
  const seconds = await drainRange(0, batches, clients, send);
  return { seconds, rowsPerSecond: (batches * BATCH) / seconds };
}

/**
 * Two contenders over the same batches in alternating rounds (A, B, B, A, A, B, …), each summing
 * its own time: on a shared machine, load from elsewhere then falls on both alike.
 */
async function alternate(batches: number, rounds: number, clients: number, a: (i: number) => Promise<void>, b: (i: number) => Promise<void>, log: (line: string) => void): Promise<[{ seconds: number; rowsPerSecond: number }, { seconds: number; rowsPerSecond: number }]> {
  const seconds = [0, 0];
  for (let r = 0; r < rounds; r++) {
    const from = Math.floor((r * batches) / rounds);
    const to = Math.floor(((r + 1) * batches) / rounds);
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const k of order) seconds[k] += await drainRange(from, to, clients, k === 0 ? a : b);
    log(`  … round ${r + 1}/${rounds}: batches ${from}–${to - 1}`);
  }
  return [
    { seconds: seconds[0], rowsPerSecond: (batches * BATCH) / seconds[0] },
    { seconds: seconds[1], rowsPerSecond: (batches * BATCH) / seconds[1] },
  ];
}

/**
 * DESIGN.md §7 "batch api": `POST /api/v1/feedback` in 1,000-row batches with an Idempotency-Key
 * (validation, exactly-once keys, roll-ups, audit, all in one transaction) vs the bare floor of
 * one `INSERT … SELECT FROM unnest(…)` per batch into the same table, and vs naive TypeORM
 * `save(entities)` (fewer rows; rows per second are compared).
 */
export async function batchBench(size: Size, log: (line: string) => void): Promise<BenchResult> {
  const env = await startBenchEnv(size, log);
  const pool = new Pool({ connectionString: env.databaseUrl, max: 8 });
  try {
    const batches = bySize(size, { tiny: 4, small: 30, large: 200 });
    const naiveBatches = size === 'large' ? 5 : 1;
    const clients = Number(process.env.BENCH_CLIENTS ?? 4);
    const headers = await benchWorkspace(env.apiUrl, 'bench-batch');
    const workspaceId = headers['x-workspace-id'];
    const stages = Array.from({ length: 6 }, (_, s) => ({
      name: `阶段 ${s + 1}`, description: '',
      touchpoints: Array.from({ length: 10 }, (_, t) => ({ name: `触点 ${s}-${t}`, channel: 'app', customerAction: '', customerThought: '', expectation: '', emotion: 0, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] })),
    }));
    const doc = { format: 'opencx.journey', version: 1, journey: { name: 'Batch bench', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
    const { data } = await gql<{ importJourney: { stages: { touchpoints: { id: string }[] }[] } }>(env.apiUrl, `mutation($d: JSON!) { importJourney(document: $d) { stages { touchpoints { id } } } }`, { d: doc }, headers);
    const touchpoints = data.importJourney.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
    const token = (await gql<{ createApiToken: { secret: string } }>(env.apiUrl, `mutation { createApiToken(input: { name: "bench", scopes: ["feedback:write"] }) { secret } }`, {}, headers)).data.createApiToken.secret;
    const journeyOf = (await pool.query(`SELECT id, journey_id FROM touchpoint WHERE workspace_id = $1`, [workspaceId])).rows.reduce<Record<string, string>>((m, r) => ({ ...m, [r.id]: r.journey_id }), {});

    const post = async (body: string, key: string) => {
      const res = await fetch(`${env.apiUrl}/api/v1/feedback`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key }, body });
      const reply = (await res.json()) as { accepted?: { responses: number } };
      if (res.status !== 201 || reply.accepted?.responses !== BATCH) throw new Error(`batch refused: ${res.status} ${JSON.stringify(reply).slice(0, 300)}`);
    };
    log('warming up (2 batches, not counted) …');
    for (let i = 0; i < 2; i++) await post(JSON.stringify({ source: 'warm', responses: batchOf(touchpoints, i, 'warm') }), `warm-${i}`);
    const bodies = Array.from({ length: batches }, (_, i) => JSON.stringify({ source: 'bench', responses: batchOf(touchpoints, i, 'api') }));
    const rawInsert = async (i: number) => {
      const rows = batchOf(touchpoints, i, 'raw');
      await pool.query(
        `INSERT INTO feedback_response (workspace_id, id, occurred_at, touchpoint_id, journey_id, segment, nps, csat, ces, comment, tags, source, external_id)
         SELECT $1, id, occurred_at, touchpoint_id, journey_id, segment, nps, csat, ces, comment, ARRAY(SELECT jsonb_array_elements_text(tags)), 'raw', external_id
           FROM unnest($2::uuid[], $3::timestamptz[], $4::uuid[], $5::uuid[], $6::text[], $7::smallint[], $8::smallint[], $9::smallint[], $10::text[], $11::jsonb[], $12::text[])
             AS i(id, occurred_at, touchpoint_id, journey_id, segment, nps, csat, ces, comment, tags, external_id)`,
        [
          workspaceId, rows.map(() => randomUUID()), rows.map((r) => r.occurredAt), rows.map((r) => r.touchpointId), rows.map((r) => journeyOf[r.touchpointId]),
          rows.map((r) => r.segment), rows.map((r) => r.nps), rows.map((r) => r.csat), rows.map((r) => r.ces), rows.map((r) => r.comment), rows.map((r) => JSON.stringify(r.tags)), rows.map((r) => r.externalId),
        ],
      );
    };
    const rounds = bySize(size, { tiny: 2, small: 6, large: 10 });
    log(`POST /api/v1/feedback vs raw INSERT … SELECT FROM unnest: the same ${batches} batches × ${BATCH} rows, ${clients} clients, ${rounds} alternating rounds …`);
    const [ours, raw] = await alternate(batches, rounds, clients, (i) => post(bodies[i], `bench-${i}`), rawInsert, log);

    log(`naive TypeORM save(entities): ${naiveBatches} batch(es) × ${BATCH} rows, one client …`);
    const orm = new DataSource({ type: 'postgres', url: env.databaseUrl, entities: [FeedbackResponseEntity], synchronize: false, logging: false });
    await orm.initialize();
    let naive: { seconds: number; rowsPerSecond: number };
    try {
      const repo = orm.getRepository(FeedbackResponseEntity);
      naive = await drain(naiveBatches, 1, async (i) => {
        const entities = batchOf(touchpoints, i, 'naive').map((r) =>
          repo.create({ workspaceId, id: randomUUID(), occurredAt: new Date(r.occurredAt), touchpointId: r.touchpointId, journeyId: journeyOf[r.touchpointId], siteId: null, channel: null, segment: r.segment, customerHash: null, nps: r.nps, csat: r.csat, ces: r.ces, customScores: {}, comment: r.comment, language: null, sentiment: null, tags: r.tags, source: 'naive', externalId: r.externalId }),
        );
        await repo.save(entities);
      });
    } finally {
      await orm.destroy();
    }

    const stored = Number((await pool.query(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND source = 'bench'`, [workspaceId])).rows[0].n);
    if (stored !== batches * BATCH) throw new Error(`the API stored ${stored} rows, expected ${batches * BATCH}`);
    const vsRaw = ours.rowsPerSecond / raw.rowsPerSecond;
    const vsNaive = ours.rowsPerSecond / naive.rowsPerSecond;
    return {
      name: `batch api (${batches} × ${BATCH} rows, ${clients} clients)`,
      lines: [
        `REST batches (idempotency, exactly-once keys, roll-ups, audit): ${fmt(ours.rowsPerSecond, 0)} rows/s (${fmt(ours.seconds, 2)} s)`,
        `raw INSERT … unnest (floor):                                   ${fmt(raw.rowsPerSecond, 0)} rows/s (${fmt(raw.seconds, 2)} s)`,
        `naive TypeORM save(entities), ${naiveBatches * BATCH} rows:                          ${fmt(naive.rowsPerSecond, 0)} rows/s (${fmt(naive.seconds, 2)} s)`,
      ],
      checks: [
        { label: 'REST ÷ raw unnest (bar ≥ 0.7×)', value: `${fmt(vsRaw, 2)}×`, pass: vsRaw >= 0.7 },
        { label: 'REST ÷ naive save (bar ≥ 20×)', value: `${fmt(vsNaive, 1)}×`, pass: vsNaive >= 20 },
      ],
    };
  } finally {
    await pool.end();
    await env.close();
  }
}
