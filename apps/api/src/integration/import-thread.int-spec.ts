import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { caseIntakeDrained, createDetractorRule, createFeedbackToken, createTouchpoint, createWorkspace, eventually, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * The import thread (OPENCX_IMPORT_THREAD=on, the default outside Jest's in-process APIs): a CSV
 * import and the follow-up cases it opens are worked by the thread, over its own connections
 * (`application_name` opencx-imports) whose PostgreSQL backends run at the lowest CPU priority,
 * and the rows, roll-ups and cases come out exactly as on the HTTP thread.
 */

const FILES = mkdtempSync(join(tmpdir(), 'opencx-import-thread-'));
let api: TestApi;
let db: Client;
let ws: TestWorkspace;
let touchpointId: string;
let token: string;

const as = () => ({ token: ws.owner.token, workspaceId: ws.id });
const ROWS = 600;
const npsOf = (i: number) => (i * 7) % 11;

/** A process's nice value, from /proc (field 19 of its stat line). */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

beforeAll(async () => {
  api = await startTestApi({ env: { OPENCX_IMPORT_THREAD: 'on', OPENCX_DATA_DIR: FILES, OPENCX_IMPORT_CHUNK_ROWS: '200' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  ws = await createWorkspace(api, undefined, '物业 thread');
  ({ touchpointId } = await createTouchpoint(api, ws));
  token = await createFeedbackToken(api, ws);
  await createDetractorRule(api, ws);
}, 300_000);

afterAll(async () => {
  await db?.end();
  await api?.close();
  rmSync(FILES, { recursive: true, force: true });
});

it('imports on the thread, at low priority, with every row, roll-up and case exactly once', async () => {
  const lines = ['touchpointId,occurredAt,externalId,nps,comment'];
  for (let i = 0; i < ROWS; i++) lines.push([touchpointId, `2026-10-${String(1 + (i % 27)).padStart(2, '0')}T09:30:00+08:00`, `thread-${i}`, String(npsOf(i)), i % 2 ? '师傅来得很慢' : ''].join(','));
  const res = await api.http('/api/v1/feedback/import', { method: 'POST', token, headers: { 'content-type': 'text/csv' }, body: lines.join('\n') + '\n' });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };

  // While it runs (or soon after), the thread's connections are there, niced.
  const backends = await eventually(
    async () => {
      const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'opencx-imports' AND datname = current_database()`);
      return rows.length ? rows : null;
    },
    'the import thread connects',
    { timeoutMs: 60_000, intervalMs: 50 },
  );
  // The pid's priority is set once its connection is first used; the pool's connections were used by now or will be shortly.
  await eventually(async () => (backends.some((b) => niceOf(b.pid) === 19) ? true : null), 'an import backend at nice 19', { timeoutMs: 30_000, intervalMs: 50 });
  const { rows: others } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'opencx' AND backend_type = 'client backend' AND datname = current_database()`);
  expect(others.length).toBeGreaterThan(0);
  for (const o of others) expect(niceOf(o.pid)).toBe(0);

  const job = await eventually(
    async () => {
      const { importJob } = await api.gqlOk<{ importJob: { status: string; accepted: number; rejected: number } }>(`query($id: ID!) { importJob(id: $id) { status accepted rejected } }`, { id }, as());
      return importJob.status === 'succeeded' || importJob.status === 'failed' ? importJob : null;
    },
    'the import to finish',
    { timeoutMs: 120_000, intervalMs: 100 },
  );
  expect(job).toEqual({ status: 'succeeded', accepted: ROWS, rejected: 0 });

  const stored = await db.query<{ n: number; distinct_ids: number }>(`SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS distinct_ids FROM feedback_response WHERE workspace_id = $1`, [ws.id]);
  expect(stored.rows[0]).toEqual({ n: ROWS, distinct_ids: ROWS });
  const rollup = await db.query<{ n: number; sum: number }>(
    `SELECT sum(r.n)::int AS n, sum(r.sum)::int AS sum FROM metric_rollup r JOIN metric_definition d ON d.id = r.metric_definition_id WHERE r.workspace_id = $1 AND d.key = 'nps'`,
    [ws.id],
  );
  const scores = Array.from({ length: ROWS }, (_, i) => npsOf(i));
  expect(rollup.rows[0]).toEqual({ n: ROWS, sum: scores.reduce((s, x) => s + x, 0) });

  // The cases the import's intake queued were opened by the thread: one per detractor, none twice.
  await caseIntakeDrained(api.databaseUrl);
  const cases = await db.query<{ n: number; subjects: number }>(`SELECT count(*)::int AS n, count(DISTINCT subject_id)::int AS subjects FROM follow_up_case WHERE workspace_id = $1`, [ws.id]);
  const detractors = scores.filter((s) => s <= 6).length;
  expect(cases.rows[0]).toEqual({ n: detractors, subjects: detractors });
}, 300_000);
