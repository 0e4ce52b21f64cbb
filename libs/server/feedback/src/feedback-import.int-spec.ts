import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { addMember, createWorkspace, eventually, startTestApi, type CallOptions, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * CSV imports end to end over HTTP on real PostgreSQL: the upload answers a queued job at once,
 * the pg-boss worker imports it in the background, and the counts, the rows, the roll-ups and
 * the rejected-rows report are checked against what this test put in the file.
 */

const ROOT = resolve(__dirname, '../../../..');
const FILES = mkdtempSync(join(tmpdir(), 'opencx-imports-'));
const as = (ws: TestWorkspace): CallOptions => ({ token: ws.owner.token, workspaceId: ws.id });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const JOB = `id status mode encoding detectedEncoding progress total accepted duplicate rejected failure errors { line field reason }`;
interface Job {
  id: string;
  status: string;
  detectedEncoding: string | null;
  progress: number;
  total: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  failure: string | null;
  errors: { line: number; field: string; reason: string }[];
}

/** A known file: `rows` responses; the rows at the given indexes are broken in the given field. */
function csvFile(prefix: string, touchpointId: string, rows: number, broken: Record<number, 'nps' | 'occurredAt' | 'touchpointId'> = {}): { text: string; nps: number[] } {
  const lines = ['touchpointId,occurredAt,externalId,nps,csat,site,comment'];
  const nps: number[] = [];
  for (let i = 0; i < rows; i++) {
    const score = (i * 7) % 11;
    const day = String(1 + (i % 27)).padStart(2, '0');
    let tp = touchpointId;
    let when = `2026-10-${day}T09:30:00+08:00`;
    let npsCell = String(score);
    if (broken[i] === 'nps') npsCell = '11';
    else if (broken[i] === 'occurredAt') when = 'last tuesday';
    else if (broken[i] === 'touchpointId') tp = '00000000-0000-4000-8000-000000000001';
    else nps.push(score);
    const comment = i === 3 ? '"=HYPERLINK(""http://evil"")"' : i % 2 ? '"Fast, friendly ""repair"""' : '';
    lines.push([tp, when, `${prefix}-${i}`, npsCell, String(1 + (i % 5)), i % 3 ? 'north' : '', comment].join(','));
  }
  return { text: lines.join('\r\n') + '\r\n', nps };
}

let api: TestApi;
let db: Client;
let a: TestWorkspace;
let b: TestWorkspace;
let tokenA: string;
let touchpoint: string;

async function upload(body: string | Uint8Array, query: Record<string, string> = {}, auth: CallOptions = { token: tokenA }): Promise<Response> {
  const qs = new URLSearchParams(query).toString();
  return api.http(`/api/v1/feedback/import${qs ? `?${qs}` : ''}`, { method: 'POST', ...auth, headers: { 'content-type': 'text/csv' }, body: body as BodyInit });
}

async function waitFor(id: string, on: TestApi = api, ws: TestWorkspace = a): Promise<Job> {
  return eventually(
    async () => {
      const { importJob } = await on.gqlOk<{ importJob: Job }>(`query($id: ID!) { importJob(id: $id) { ${JOB} } }`, { id }, as(ws));
      return importJob.status === 'succeeded' || importJob.status === 'failed' ? importJob : null;
    },
    `import ${id} to finish`,
    { timeoutMs: 120_000, intervalMs: 100 },
  );
}

async function importAndWait(body: string | Uint8Array, query: Record<string, string> = {}, auth?: CallOptions): Promise<Job> {
  const res = await upload(body, query, auth);
  expect(res.status).toBe(202);
  const job = (await res.json()) as Job;
  expect(job.status).toBe('queued');
  return waitFor(job.id);
}

const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

async function setUpWorkspace(on: TestApi): Promise<{ ws: TestWorkspace; token: string; touchpoint: string }> {
  const ws = await createWorkspace(on, undefined, '物业 A');
  const map = `id stages { id name touchpoints { id name } }`;
  const journeyId = (await on.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修 Repair" }) { id } }`, {}, as(ws))).createJourney.id;
  const stage = await on.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId, name: '上门 Visit' } }, as(ws));
  const added = await on.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${map} } }`,
    { i: { stageId: stage.addStage.stages[0].id, name: '维修 Repair' } },
    as(ws),
  );
  await on.gqlOk(`mutation { createSite(input: { code: "north", name: "北区 小区" }) { id } }`, {}, as(ws));
  const token = (await on.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "crm", scopes: ["feedback:write"] }) { secret } }`, {}, as(ws))).createApiToken.secret;
  return { ws, token, touchpoint: added.addTouchpoint.stages[0].touchpoints[0].id };
}

describe('CSV import', () => {
  beforeAll(async () => {
    api = await startTestApi({ env: { OPENCX_DATA_DIR: FILES, OPENCX_IMPORT_CHUNK_ROWS: '250' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    ({ ws: a, token: tokenA, touchpoint } = await setUpWorkspace(api));
    b = await createWorkspace(api, undefined, '物业 B');
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
  });

  const broken = { 99: 'nps', 499: 'occurredAt', 899: 'touchpointId' } as const;

  it('imports 997 of 1,000 rows, reports the 3 bad ones by line and field, and rolls the good ones up', async () => {
    const { text, nps } = csvFile('clean', touchpoint, 1000, broken);
    const job = await importAndWait(text);
    expect(job).toMatchObject({ status: 'succeeded', progress: 100, total: 1000, accepted: 997, duplicate: 0, rejected: 3, detectedEncoding: 'utf8' });
    // Row i is on line i + 2 (the header is line 1).
    expect(job.errors.map((e) => [e.line, e.field])).toEqual([
      [101, 'nps'],
      [501, 'occurredAt'],
      [901, 'touchpointId'],
    ]);
    expect(await count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'clean-%'`, [a.id])).toBe(997);
    const rollup = await db.query(
      `SELECT sum(r.n)::int AS n, sum(r.promoters)::int AS p, sum(r.detractors)::int AS d FROM metric_rollup r JOIN metric_definition m ON m.workspace_id = r.workspace_id AND m.id = r.metric_definition_id WHERE r.workspace_id = $1 AND m.key = 'nps'`,
      [a.id],
    );
    expect(rollup.rows[0]).toEqual({ n: 997, p: nps.filter((s) => s >= 9).length, d: nps.filter((s) => s <= 6).length });
    const comment = await db.query(`SELECT comment FROM feedback_response WHERE workspace_id = $1 AND external_id = 'clean-1'`, [a.id]);
    expect(comment.rows[0].comment).toBe('Fast, friendly "repair"');

    // The rejected rows download as CSV with their cells, formula cells neutralised.
    const csv = await api.http(`/api/v1/feedback/import/${job.id}/errors.csv`, as(a));
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A UTF-8 BOM, so Excel opens Chinese text correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.subarray(3).toString('utf8');
    expect(body.split('\r\n')[0]).toBe('line,field,reason,touchpointId,occurredAt,externalId,nps,csat,site,comment');
    expect(body).toContain('101,nps,');
    expect(body).toContain('clean-99');

    // Re-importing the same file adds nothing: the 997 are duplicates, the 3 still rejected.
    const again = await importAndWait(text);
    expect(again).toMatchObject({ status: 'succeeded', total: 1000, accepted: 0, duplicate: 997, rejected: 3 });
    expect(await count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'clean-%'`, [a.id])).toBe(997);
    const after = await db.query(`SELECT sum(r.n)::int AS n FROM metric_rollup r JOIN metric_definition m ON m.workspace_id = r.workspace_id AND m.id = r.metric_definition_id WHERE r.workspace_id = $1 AND m.key = 'nps'`, [a.id]);
    expect(after.rows[0].n).toBe(997);
  });

  it('puts a formula-looking comment in errors.csv behind an apostrophe', async () => {
    const text = `touchpointId,occurredAt,externalId,nps,comment\r\n${touchpoint},2026-10-01T09:00:00+08:00,formula-1,12,"=HYPERLINK(""http://evil"")"\r\n`;
    const job = await importAndWait(text);
    expect(job).toMatchObject({ status: 'succeeded', accepted: 0, rejected: 1 });
    const body = await (await api.http(`/api/v1/feedback/import/${job.id}/errors.csv`, as(a))).text();
    expect(body).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('reads a GBK file from Excel with Chinese headers through a column mapping, uploaded by a console editor', async () => {
    const editor = await addMember(api, a, 'editor');
    const text = `触点,时间,编号,推荐,意见\r\n${touchpoint},2026-10-02T10:00:00+08:00,gbk-1,10,师傅很准时，态度好\r\n${touchpoint},2026-10-02T11:00:00+08:00,gbk-2,3,等了三天没人来修\r\n`;
    const gbk = iconv.encode(text, 'gbk');
    expect(gbk.equals(Buffer.from(text, 'utf8'))).toBe(false);

    const preview = await api.http('/api/v1/feedback/import/preview', { method: 'POST', token: editor.token, workspaceId: a.id, headers: { 'content-type': 'text/csv' }, body: new Uint8Array(gbk) });
    expect(preview.status).toBe(200);
    const proposed = (await preview.json()) as { headers: string[]; rows: string[][]; detectedEncoding: string; fields: string[] };
    expect(proposed.detectedEncoding).toBe('gb18030');
    expect(proposed.headers).toEqual(['触点', '时间', '编号', '推荐', '意见']);
    expect(proposed.rows[1][4]).toBe('等了三天没人来修');
    expect(proposed.fields).toContain('touchpointId');

    const mapping = JSON.stringify({ 触点: 'touchpointId', 时间: 'occurredAt', 编号: 'externalId', 推荐: 'nps', 意见: 'comment' });
    const job = await importAndWait(gbk, { mapping }, { token: editor.token, workspaceId: a.id });
    expect(job).toMatchObject({ status: 'succeeded', accepted: 2, rejected: 0, detectedEncoding: 'gb18030' });
    const rows = await db.query(`SELECT external_id, comment, nps FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'gbk-%' ORDER BY external_id`, [a.id]);
    expect(rows.rows).toEqual([
      { external_id: 'gbk-1', comment: '师傅很准时，态度好', nps: 10 },
      { external_id: 'gbk-2', comment: '等了三天没人来修', nps: 3 },
    ]);
  });

  it('imports nothing in all-or-nothing mode when one row is bad, and says which', async () => {
    const { text } = csvFile('whole', touchpoint, 600, { 450: 'nps' });
    const job = await importAndWait(text, { mode: 'all_or_nothing' });
    expect(job).toMatchObject({ status: 'failed', total: 600, accepted: 0, duplicate: 0, rejected: 1 });
    expect(job.errors).toEqual([{ line: 452, field: 'nps', reason: expect.stringContaining('nps') }]);
    expect(job.failure).toMatch(/nothing was imported/);
    expect(await count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'whole-%'`, [a.id])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM feedback_key WHERE workspace_id = $1 AND external_id LIKE 'whole-%'`, [a.id])).toBe(0);

    // The same file without the bad row goes in whole.
    const good = csvFile('whole', touchpoint, 600).text;
    expect(await importAndWait(good, { mode: 'all_or_nothing' })).toMatchObject({ status: 'succeeded', accepted: 600, rejected: 0 });
  });

  it('refuses bad options naming the parameter', async () => {
    const res = await upload('touchpointId\r\n', { mode: 'sometimes' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: 'mode' } });
    const mapped = await upload('touchpointId\r\n', { mapping: JSON.stringify({ x: 'password' }) });
    expect(mapped.status).toBe(400);
    expect(await mapped.json()).toMatchObject({ error: { field: 'mapping' } });
  });

  it('lets a viewer read imports but not start one', async () => {
    const viewer = await addMember(api, a, 'viewer');
    const res = await upload(csvFile('viewer', touchpoint, 2).text, {}, { token: viewer.token, workspaceId: a.id });
    expect(res.status).toBe(403);
    const page = await api.gqlOk<{ importJobs: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `{ importJobs(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      {},
      { token: viewer.token, workspaceId: a.id },
    );
    expect(page.importJobs.nodes).toHaveLength(2);
    expect(page.importJobs.pageInfo.hasNextPage).toBe(true);
    const next = await api.gqlOk<{ importJobs: { nodes: { id: string }[] } }>(`query($after: String) { importJobs(first: 100, after: $after) { nodes { id } } }`, { after: page.importJobs.pageInfo.endCursor }, as(a));
    expect(next.importJobs.nodes.map((n) => n.id)).not.toContain(page.importJobs.nodes[0].id);
    expect(await count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'viewer-%'`, [a.id])).toBe(0);
  });

  it("keeps workspace A's imports from workspace B", async () => {
    const job = await importAndWait(csvFile('tenancy', touchpoint, 3).text);
    const seen = await api.gql(`query($id: ID!) { importJob(id: $id) { id } }`, { id: job.id }, as(b));
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await api.gqlOk<{ importJobs: { nodes: unknown[] } }>(`{ importJobs { nodes { id } } }`, {}, as(b));
    expect(list.importJobs.nodes).toEqual([]);
    expect((await api.http(`/api/v1/feedback/import/${job.id}/errors.csv`, as(b))).status).toBe(404);
    // B's token cannot push into A's touchpoints either: the rows are rejected, nothing is stored.
    const tokenB = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "b", scopes: ["feedback:write"] }) { secret } }`, {}, as(b))).createApiToken.secret;
    const res = await upload(csvFile('cross', touchpoint, 3).text, {}, { token: tokenB });
    const crossJob = (await res.json()) as Job;
    const done = await waitFor(crossJob.id, api, b);
    expect(done).toMatchObject({ status: 'succeeded', accepted: 0, rejected: 3 });
    expect(done.errors[0].field).toBe('touchpointId');
  });
});

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

describe('CSV import killed mid-file', () => {
  let database: TestDatabase;
  let child: ChildProcess | null = null;
  let second: TestApi | null = null;
  let sdb: Client;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await sdb?.end();
    await second?.close();
    await database?.drop();
    rmSync(FILES, { recursive: true, force: true });
  });

  it('leaves no partial chunk, and the retry ends with exactly the counts of one clean import', async () => {
    database = await createTestDatabase();
    const first = await startTestApi({ databaseUrl: database.url, env: { OPENCX_DATA_DIR: FILES } });
    const setup = await setUpWorkspace(first);
    await first.close();
    sdb = new Client({ connectionString: database.url });
    await sdb.connect();

    // The API as its own process, committing every 100 rows and stopping inside the 3rd chunk's transaction.
    const port = await freePort();
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        DATABASE_URL: database.appUrl,
        DATABASE_OWNER_URL: database.ownerUrl,
        PORT: String(port),
        OPENCX_DATA_DIR: FILES,
        OPENCX_SCHEMA_FILE: join(FILES, 'unused-schema.gql'),
        OPENCX_IMPORT_CHUNK_ROWS: '100',
        OPENCX_IMPORT_TEST_HOLD_CHUNK: '3',
      },
    });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    const until = async (pattern: RegExp) => {
      for (let i = 0; i < 1200 && !pattern.test(out); i++) await sleep(100);
      if (!pattern.test(out)) throw new Error(`child never printed ${pattern}: ${out.slice(-2000)}`);
    };
    await until(/OpenCX API listening/);

    const { text } = csvFile('killed', setup.touchpoint, 1000, broken());
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/feedback/import`, { method: 'POST', headers: { authorization: `Bearer ${setup.token}`, 'content-type': 'text/csv' }, body: text });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await until(/import holding chunk 3/);

    // Chunks 1 and 2 committed (200 lines, one of them bad); chunk 3 has merged but not committed.
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    child = null;
    const rows = () => sdb.query(`SELECT count(*)::int AS n FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'killed-%'`, [setup.ws.id]).then((r) => r.rows[0].n);
    expect(await rows()).toBe(199);
    const mid = await sdb.query(`SELECT status, lines_done, accepted, rejected FROM import_job WHERE id = $1`, [id]);
    expect(mid.rows[0]).toEqual({ status: 'running', lines_done: 200, accepted: 199, rejected: 1 });

    // A new API finds the job whose worker died, hands it back to the queue and resumes after line 200.
    second = await startTestApi({ databaseUrl: database.url, env: { OPENCX_DATA_DIR: FILES, OPENCX_IMPORT_CHUNK_ROWS: '100', OPENCX_IMPORT_SWEEP_MS: '500' } });
    const job = await waitFor(id, second, setup.ws);
    expect(job).toMatchObject({ status: 'succeeded', total: 1000, accepted: 997, duplicate: 0, rejected: 3 });
    expect(job.errors.map((e) => e.line)).toEqual([101, 501, 901]);
    expect(await rows()).toBe(997);
    const attempts = await sdb.query(`SELECT attempts FROM import_job WHERE id = $1`, [id]);
    expect(attempts.rows[0].attempts).toBe(2);
    const rollup = await sdb.query(`SELECT sum(n)::int AS n FROM metric_rollup WHERE workspace_id = $1`, [setup.ws.id]);
    // nps and csat of each of the 997 rows, each counted once.
    expect(rollup.rows[0].n).toBe(997 * 2);
  }, 180_000);

  function broken() {
    return { 99: 'nps', 499: 'occurredAt', 899: 'touchpointId' } as const;
  }
});
