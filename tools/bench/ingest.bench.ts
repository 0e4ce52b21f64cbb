import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchResult } from './report';
import { benchWorkspace, bySize, fmt, gql, startBenchEnv, type Size } from './bench-kit';

/** N synthetic answers as a CSV file with our header names (streamed to disk, never held whole). */
export async function writeCsv(path: string, rows: number, touchpoints: string[]): Promise<void> {
  function* lines(): Generator<string> {
    yield 'touchpointId,occurredAt,externalId,segment,nps,csat,ces,comment\n';
    let buffer = '';
    for (let k = 0; k < rows; k++) {
      const at = new Date(Date.UTC(2026, 0, 1) + (k % 300) * 86400000 + ((k * 7919) % 1440) * 60000).toISOString();
      const comment = k % 4 ? '' : `"维修师傅很及时, response ${k}"`;
      buffer += `${touchpoints[k % touchpoints.length]},${at},csv-${k},${['', 'vip', '新业主'][k % 3]},${k % 11},${(k % 5) + 1},${k % 3 ? (k % 7) + 1 : ''},${comment}\n`;
      if (buffer.length > 1 << 16) {
        yield buffer;
        buffer = '';
      }
    }
    yield buffer;
  }
  await pipeline(Readable.from(lines()), createWriteStream(path));
}

interface Job {
  status: string;
  progress: number;
  total: number;
  accepted: number;
  rejected: number;
  failure: string | null;
}

/**
 * DESIGN.md §7 "ingest": the same CSV file through `POST /api/v1/feedback/import` end to end
 * (upload, background job, decode, parse, validate, COPY into staging, exactly-once merge,
 * roll-ups, progress), timed until the job has succeeded, vs raw `COPY … FROM STDIN (FORMAT csv)`
 * of the file into a bare table with the same typed columns, in the same run.
 */
export async function ingestBench(size: Size, log: (line: string) => void, scaleRows?: number): Promise<BenchResult> {
  const rows = scaleRows ?? bySize(size, { tiny: 2_000, small: 100_000, large: 1_000_000 });
  const dir = mkdtempSync(join(tmpdir(), 'opencx-ingest-'));
  const env = await startBenchEnv(size, log);
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  try {
    const headers = await benchWorkspace(env.apiUrl, 'bench-ingest');
    const stages = Array.from({ length: 6 }, (_, s) => ({
      name: `阶段 ${s + 1}`, description: '',
      touchpoints: Array.from({ length: 10 }, (_, t) => ({ name: `触点 ${s}-${t}`, channel: 'app', customerAction: '', customerThought: '', expectation: '', emotion: 0, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] })),
    }));
    const doc = { format: 'opencx.journey', version: 1, journey: { name: 'Ingest bench', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
    const { data } = await gql<{ importJourney: { stages: { touchpoints: { id: string }[] }[] } }>(env.apiUrl, `mutation($d: JSON!) { importJourney(document: $d) { stages { touchpoints { id } } } }`, { d: doc }, headers);
    const touchpoints = data.importJourney.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
    const token = (await gql<{ createApiToken: { secret: string } }>(env.apiUrl, `mutation { createApiToken(input: { name: "bench", scopes: ["feedback:write"] }) { secret } }`, {}, headers)).data.createApiToken.secret;

    const file = join(dir, 'answers.csv');
    log(`writing ${rows.toLocaleString('en')} synthetic answers to a CSV file …`);
    await writeCsv(file, rows, touchpoints);
    const bytes = statSync(file).size;
    log(`${fmt(bytes / 1024 / 1024)} MB`);

    log('CSV import through the API (upload → background job → succeeded) …');
    const started = performance.now();
    const res = await fetch(`${env.apiUrl}/api/v1/feedback/import?fileName=answers.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(file)) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit);
    const queued = (await res.json()) as { id: string };
    if (res.status !== 202) throw new Error(`import refused: ${res.status} ${JSON.stringify(queued).slice(0, 300)}`);
    let job: Job;
    let shown = -1;
    for (;;) {
      job = (await gql<{ importJob: Job }>(env.apiUrl, `query($id: ID!) { importJob(id: $id) { status progress total accepted rejected failure } }`, { id: queued.id }, headers)).data.importJob;
      if (job.status === 'succeeded' || job.status === 'failed') break;
      if (Math.floor(job.progress / 10) !== shown) {
        shown = Math.floor(job.progress / 10);
        log(`  ${job.status} ${fmt(job.progress)} % (${job.total.toLocaleString('en')} rows)`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const oursSeconds = (performance.now() - started) / 1000;
    if (job.status !== 'succeeded' || job.accepted !== rows) throw new Error(`the import ended ${job.status} with ${job.accepted} accepted, ${job.rejected} rejected: ${job.failure ?? ''}`);
    const stored = Number((await db.query(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND source = 'csv'`, [headers['x-workspace-id']])).rows[0].n);
    if (stored !== rows) throw new Error(`the import stored ${stored} rows, expected ${rows}`);

    log('raw COPY of the same file into a bare table …');
    await db.query(`CREATE TABLE bench_bare_copy (touchpoint_id uuid, occurred_at timestamptz, external_id text, segment text, nps smallint, csat smallint, ces smallint, comment text)`);
    const rawStarted = performance.now();
    await pipeline(createReadStream(file), db.query(copyFrom(`COPY bench_bare_copy FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    const copied = Number((await db.query(`SELECT count(*) AS n FROM bench_bare_copy`)).rows[0].n);
    if (copied !== rows) throw new Error(`raw COPY stored ${copied} rows, expected ${rows}`);

    // A second floor writing the same rows into the same table the import fills: COPY the file into a
    // temporary table, then one INSERT … SELECT into feedback_response (journey from the touchpoint,
    // a new id), without the exactly-once keys, validation, text analytics or roll-ups.
    log('raw COPY of the same file + INSERT … SELECT into feedback_response (same table) …');
    const sameStarted = performance.now();
    await db.query('BEGIN');
    await db.query(`CREATE TEMP TABLE bench_stage (touchpoint_id uuid, occurred_at timestamptz, external_id text, segment text, nps smallint, csat smallint, ces smallint, comment text) ON COMMIT DROP`);
    await pipeline(createReadStream(file), db.query(copyFrom(`COPY bench_stage FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const inserted = await db.query(
      `INSERT INTO feedback_response (workspace_id, id, occurred_at, touchpoint_id, journey_id, segment, nps, csat, ces, comment, source, external_id)
       SELECT $1, gen_random_uuid(), s.occurred_at, s.touchpoint_id, t.journey_id, coalesce(s.segment, ''), s.nps, s.csat, s.ces, s.comment, 'raw-copy', s.external_id
         FROM bench_stage s JOIN touchpoint t ON t.workspace_id = $1 AND t.id = s.touchpoint_id`,
      [headers['x-workspace-id']],
    );
    await db.query('COMMIT');
    const sameSeconds = (performance.now() - sameStarted) / 1000;
    if (inserted.rowCount !== rows) throw new Error(`raw COPY + INSERT stored ${inserted.rowCount} rows, expected ${rows}`);

    const ours = rows / oursSeconds;
    const raw = rows / rawSeconds;
    const same = rows / sameSeconds;
    const ratio = ours / raw;
    const sameRatio = ours / same;
    return {
      name: `ingest (${rows.toLocaleString('en')} rows, ${fmt(bytes / 1024 / 1024)} MB CSV)`,
      lines: [
        `CSV import end to end (upload, job, validate, COPY staging, exactly-once merge, roll-ups): ${fmt(ours, 0)} rows/s (${fmt(oursSeconds, 2)} s)`,
        `raw COPY into a bare table (floor, DESIGN §7):                                          ${fmt(raw, 0)} rows/s (${fmt(rawSeconds, 2)} s)`,
        `raw COPY + INSERT … SELECT into feedback_response (same rows, same table):               ${fmt(same, 0)} rows/s (${fmt(sameSeconds, 2)} s)`,
      ],
      checks: [
        { label: 'CSV import ÷ raw COPY into a bare table (bar ≥ 0.5×)', value: `${fmt(ratio, 2)}×`, pass: ratio >= 0.5 },
        { label: 'CSV import ÷ raw COPY + INSERT into feedback_response (same bar ≥ 0.5×)', value: `${fmt(sameRatio, 2)}×`, pass: sameRatio >= 0.5 },
      ],
      figures: { rows, seconds: oursSeconds, rowsPerSecond: ours, copySeconds: rawSeconds, vsCopy: ratio },
    };
  } finally {
    await db.end();
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
