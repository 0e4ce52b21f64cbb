import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import type { BenchResult } from './report';
import { benchWorkspace, bySize, fmt, gql, percentile, startBenchEnv, type Size } from './bench-kit';
import { benchJourney, generateResponses, rebuildRollups, workspaceTimeZone } from './feedback-data';
import { writeCsv } from './ingest.bench';
import { FORGET_KPI_ANSWERS } from './kpi.bench';

/** The dashboard's read: the journey's KPIs weekly over a year, per stage (as the `kpi` benchmark). */
const KPIS = `query($id: ID!) { kpis(scope: JOURNEY, id: $id, from: "2026-01-01", to: "2026-12-31", granularity: WEEK) {
  metrics { key total { value n low high status } buckets { start figure { value n low high status } }
    children { id total { value n } buckets { start figure { value n low high } } } } } }`;

interface Job {
  status: string;
  progress: number;
  accepted: number;
  failure: string | null;
}

/**
 * DESIGN.md §7 "neighbour": workspace A's dashboard read (`kpis`, one client reading back to back)
 * while workspace B imports a large CSV through the API on the same server and database, vs the same
 * reads with nothing else running, in the same run. Idle is measured before and after the import
 * (both count), the loaded figure while B's job is running. Sizes: A holds 100 k responses; B imports
 * 100 k rows (`--size large`: 1 M).
 */
export async function neighbourBench(size: Size, log: (line: string) => void): Promise<BenchResult> {
  const rows = bySize(size, { tiny: 2_000, small: 100_000, large: 1_000_000 });
  const idleSeconds = Number(process.env.BENCH_NEIGHBOUR_IDLE_SECONDS ?? bySize(size, { tiny: 1, small: 10, large: 20 }));
  const dir = mkdtempSync(join(tmpdir(), 'opencx-neighbour-'));
  const env = await startBenchEnv(size, log);
  const pool = new Pool({ connectionString: env.databaseUrl, max: 2 });
  try {
    const a = await benchWorkspace(env.apiUrl, 'bench-neighbour-a');
    const journey = await benchJourney(env.apiUrl, a, 6, 10);
    const aRows = bySize(size, { tiny: 1_000, small: 100_000, large: 100_000 });
    log(`workspace A: ${aRows.toLocaleString('en')} responses and their roll-ups …`);
    await generateResponses(pool, a['x-workspace-id'], journey, 0, aRows, 'bench', log);
    await rebuildRollups(pool, a['x-workspace-id'], await workspaceTimeZone(pool, a['x-workspace-id']));

    const b = await benchWorkspace(env.apiUrl, 'bench-neighbour-b');
    const bJourney = await benchJourney(env.apiUrl, b, 6, 10);
    const token = (await gql<{ createApiToken: { secret: string } }>(env.apiUrl, `mutation { createApiToken(input: { name: "bench", scopes: ["feedback:write"] }) { secret } }`, {}, b)).data.createApiToken.secret;
    const file = join(dir, 'answers.csv');
    log(`workspace B: writing a CSV of ${rows.toLocaleString('en')} answers …`);
    await writeCsv(file, rows, bJourney.touchpoints);

    /** A read's time at the client, and inside the API (its Server-Timing). `uncached`: right after A's measurements changed (as after a batch of A's), so the KPI answer cache misses. */
    const timedRead = async (uncached = false) => {
      if (uncached) await pool.query(FORGET_KPI_ANSWERS, [a['x-workspace-id']]);
      const t = performance.now();
      const { serverMs } = await gql(env.apiUrl, KPIS, { id: journey.journeyId }, a);
      return { ms: performance.now() - t, serverMs };
    };
    /** Reads alternate: one as the dashboard reads it (the checks), one uncached (printed beside, not a bar). */
    const readFor = async (until: () => boolean): Promise<{ cached: number[]; cachedInApi: number[]; uncached: number[] }> => {
      const out = { cached: [] as number[], cachedInApi: [] as number[], uncached: [] as number[] };
      while (!until()) {
        const cached = await timedRead();
        out.cached.push(cached.ms);
        out.cachedInApi.push(cached.serverMs);
        if (!until()) out.uncached.push((await timedRead(true)).ms);
      }
      return out;
    };
    for (let i = 0; i < 5; i++) await timedRead();

    log(`A idle: kpis back to back for ${idleSeconds} s …`);
    let deadline = performance.now() + idleSeconds * 1000;
    const idleBefore = await readFor(() => performance.now() > deadline);

    log(`B imports ${rows.toLocaleString('en')} rows while A reads …`);
    const started = performance.now();
    const res = await fetch(`${env.apiUrl}/api/v1/feedback/import?fileName=answers.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(file)) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit);
    const queued = (await res.json()) as { id: string };
    if (res.status !== 202) throw new Error(`import refused: ${res.status} ${JSON.stringify(queued).slice(0, 300)}`);
    let job: Job = { status: 'queued', progress: 0, accepted: 0, failure: null };
    let done = false;
    const watcher = (async () => {
      while (!done) {
        job = (await gql<{ importJob: Job }>(env.apiUrl, `query($id: ID!) { importJob(id: $id) { status progress accepted failure } }`, { id: queued.id }, b)).data.importJob;
        if (job.status === 'succeeded' || job.status === 'failed') done = true;
        else await new Promise((r) => setTimeout(r, 500));
      }
    })();
    // Only reads while B's job is running count as loaded (not the upload or the queue's pick-up).
    while (job.status === 'queued' && !done) await timedRead();
    const loadedReads = await readFor(() => done);
    await watcher;
    const importSeconds = (performance.now() - started) / 1000;
    if (job.status !== 'succeeded' || job.accepted !== rows) throw new Error(`B's import ended ${job.status} with ${job.accepted} accepted: ${job.failure ?? ''}`);

    log(`A idle again for ${idleSeconds} s …`);
    deadline = performance.now() + idleSeconds * 1000;
    const idleAgain = await readFor(() => performance.now() > deadline);

    const sorted = (xs: number[]) => xs.sort((x, y) => x - y);
    const idle = sorted([...idleBefore.cached, ...idleAgain.cached]);
    const loaded = sorted(loadedReads.cached);
    const idleInApi = sorted([...idleBefore.cachedInApi, ...idleAgain.cachedInApi]);
    const loadedInApi = sorted(loadedReads.cachedInApi);
    if ([...idleInApi, ...loadedInApi].some(Number.isNaN)) throw new Error("a read came back without the API's Server-Timing (OPENCX_SQL_METRICS)");
    const idleUncached = sorted([...idleBefore.uncached, ...idleAgain.uncached]);
    const loadedUncached = sorted(loadedReads.uncached);
    const idleP95 = percentile(idle, 95);
    const loadedP95 = percentile(loaded, 95);
    const ratio = loadedP95 / idleP95;
    return {
      name: `neighbour (A: kpis over ${aRows.toLocaleString('en')} responses; B: CSV import of ${rows.toLocaleString('en')} rows)`,
      lines: [
        `A's kpis idle:             p50 ${fmt(percentile(idle, 50))} ms, p95 ${fmt(idleP95)} ms (${idle.length} reads before and after)`,
        `A's kpis while B imports:  p50 ${fmt(percentile(loaded, 50))} ms, p95 ${fmt(loadedP95)} ms (${loaded.length} reads)`,
        `A's kpis inside the API (Server-Timing; not a bar): idle p50 ${fmt(percentile(idleInApi, 50))} ms, p95 ${fmt(percentile(idleInApi, 95))} ms; while B imports p50 ${fmt(percentile(loadedInApi, 50))} ms, p95 ${fmt(percentile(loadedInApi, 95))} ms`,
        `A's kpis uncached (each read right after a write to A's measurements; not a bar): idle p95 ${fmt(percentile(idleUncached, 95))} ms (${idleUncached.length} reads), while B imports p95 ${fmt(percentile(loadedUncached, 95))} ms (${loadedUncached.length} reads), ratio ${fmt(percentile(loadedUncached, 95) / percentile(idleUncached, 95), 2)}×`,
        `B's import: ${fmt(importSeconds, 1)} s (${fmt(rows / importSeconds, 0)} rows/s, while A was reading)`,
      ],
      checks: [
        { label: 'A p95 while B imports ÷ A p95 idle (bar ≤ 1.5×)', value: `${fmt(ratio, 2)}×`, pass: ratio <= 1.5 },
        { label: 'A p95 while B imports (bar < 50 ms)', value: `${fmt(loadedP95)} ms`, pass: loadedP95 < 50 },
      ],
    };
  } finally {
    await pool.end();
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
