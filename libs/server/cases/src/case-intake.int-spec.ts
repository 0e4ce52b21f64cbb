import { Client } from 'pg';
import { createDetractorRule, createFeedbackToken, createTouchpoint, caseIntakeDrained, eventually, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * The follow-up cases' intake (outbox) over HTTP against real PostgreSQL: a feedback batch commits
 * with an intake row instead of its cases; the drainer opens them afterwards, exactly once per
 * response even when its job runs again, and a drain that dies mid-transaction (its connection
 * killed, as in a crash between the batch's commit and the drain) is retried and opens them then.
 */

let api: TestApi;
let db: Client;
let ws: TestWorkspace;
let token: string;
let touchpointId: string;

// NPS 0–10 over eleven answers: the rule "NPS ≤ 6" opens a case for the seven answers 0…6.
const scores = Array.from({ length: 11 }, (_, k) => k);
const DETRACTORS = scores.filter((n) => n <= 6).length;

async function post(prefix: string): Promise<number> {
  const responses = scores.map((nps) => ({ touchpointId, externalId: `${prefix}-${nps}`, occurredAt: '2026-03-02T02:00:00Z', nps, comment: `回访 ${prefix} ${nps}` }));
  const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
  await res.text();
  return res.status;
}

/** Cases per response of the batch, read straight from the table. */
async function casesOf(prefix: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ external_id: string; n: number }>(
    `SELECT r.external_id, count(c.id)::int AS n FROM feedback_response r JOIN follow_up_case c ON c.workspace_id = r.workspace_id AND c.subject_id = r.id
      WHERE r.workspace_id = $1 AND r.external_id LIKE $2 GROUP BY r.external_id`,
    [ws.id, `${prefix}-%`],
  );
  return Object.fromEntries(rows.map((r) => [r.external_id, r.n]));
}

const expected = (prefix: string) => Object.fromEntries(scores.filter((n) => n <= 6).map((n) => [`${prefix}-${n}`, 1]));

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '物业 intake');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  ({ touchpointId } = await createTouchpoint(api, ws));
  token = await createFeedbackToken(api, ws);
  await createDetractorRule(api, ws);
}, 300_000);

afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('the follow-up cases intake', () => {
  it('opens one case per detractor of a committed batch, and nothing more when its drain runs again or the batch is resent', async () => {
    expect([200, 201]).toContain(await post('once'));
    await caseIntakeDrained(api.databaseUrl);
    expect(await casesOf('once')).toEqual(expected('once'));

    // The batch's drain job runs again three times (a retry, a second process) and the batch is resent.
    const { rows: jobs } = await db.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = 'follow-up-case-intake' AND data->>'workspaceId' = $1`, [ws.id]);
    expect(jobs).toHaveLength(1);
    for (let k = 0; k < 3; k++) {
      await db.query(`INSERT INTO pgboss.job (name, data, singleton_key, start_after, policy) VALUES ('follow-up-case-intake', $1, $2, now(), 'short')`, [jobs[0].data, `again:${k}`]);
    }
    expect([200, 201]).toContain(await post('once'));
    await eventually(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-case-intake' AND state IN ('created', 'retry', 'active')`);
      return rows[0].n === 0 ? true : null;
    }, 'the drains to run');
    await caseIntakeDrained(api.databaseUrl);
    expect(await casesOf('once')).toEqual(expected('once'));
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM follow_up_case WHERE workspace_id = $1`, [ws.id]);
    expect(rows[0].n).toBe(DETRACTORS);
  });

  it('opens the cases of a batch whose drain died after the batch committed, once, when the drain is retried', async () => {
    // Hold the cases table so the drain cannot insert: the batch itself does not touch it and commits.
    const holder = new Client({ connectionString: api.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE follow_up_case IN SHARE MODE');
      expect([200, 201]).toContain(await post('crash'));
      // Committed: the responses and their intake row are there, no case yet.
      const stored = await db.query(`SELECT count(*)::int AS n FROM feedback_response WHERE workspace_id = $1 AND external_id LIKE 'crash-%'`, [ws.id]);
      expect(stored.rows[0].n).toBe(scores.length);
      expect(await casesOf('crash')).toEqual({});
      // The drain is blocked on the lock: kill its connection, as a crashed process would lose it.
      const pid = await eventually(async () => {
        const { rows } = await db.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO follow_up_case%' AND pid <> pg_backend_pid()`,
        );
        return rows[0]?.pid ?? null;
      }, 'the drain to wait on the cases table');
      await db.query(`SELECT pg_terminate_backend($1)`, [pid]);
      const left = await db.query(`SELECT count(*)::int AS n FROM case_intake WHERE workspace_id = $1`, [ws.id]);
      expect(left.rows[0].n).toBe(1);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // pg-boss retries the failed drain; the row is consumed with the cases.
    await caseIntakeDrained(api.databaseUrl);
    expect(await casesOf('crash')).toEqual(expected('crash'));
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM follow_up_case WHERE workspace_id = $1`, [ws.id]);
    expect(rows[0].n).toBe(2 * DETRACTORS);
  });
});
