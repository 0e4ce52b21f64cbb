import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createWorkspace, startTestApi, type CallOptions, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Every stored column of a CSV import, row by row, against what this test wrote into the file
 * (the import stages rows with COPY into a temporary table and merges them exactly-once per
 * chunk): scores, comment, segment, channel, site, language, tags, timestamps, external id,
 * touchpoint and journey. The comment analysis (sentiment, keywords, topic tags) is compared with
 * the same rows sent through the JSON batch endpoint into a second workspace, a different way in.
 * Then: the same file again adds nothing; a file with bad rows rejects exactly those, with their
 * reasons; and every roll-up counter equals a GROUP BY over the raw rows.
 */

const FILES = mkdtempSync(join(tmpdir(), 'opencx-import-rows-'));
const as = (ws: TestWorkspace): CallOptions => ({ token: ws.owner.token, workspaceId: ws.id });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Job {
  id: string;
  status: string;
  total: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  errors: { line: number; field: string; reason: string }[];
}

/** One answer as the test means it; `tags` are the caller's (the CSV cell joins them with `;`). */
interface Answer {
  touchpoint: 0 | 1;
  occurredAt: string;
  externalId: string;
  segment: string;
  channel: string;
  site: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: string | null;
  tags: string[];
  customerRef: string;
}

const COMMENTS = [
  '维修师傅很及时，态度很好',
  '等了三天没人来修，太差了',
  'Fast, friendly "repair"\tthanks',
  'back\\slash and a\nnew line',
  '{curly}, "quotes" and NULL',
];
const TAGS = [[], ['a"b', 'c\\d'], ['{x}', 'NULL'], ['x,y', '空 格'], ['vip']];

function answers(prefix: string, n: number): Answer[] {
  return Array.from({ length: n }, (_, i) => ({
    touchpoint: (i % 2) as 0 | 1,
    // Offsets vary, so the local day in the workspace's zone differs from the UTC day for some rows.
    occurredAt: `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00${i % 3 ? '+08:00' : 'Z'}`,
    externalId: `${prefix}-${i}`,
    segment: ['', 'vip', '新业主'][i % 3],
    channel: i % 4 ? 'app' : '',
    site: i % 5 ? '' : 'north',
    nps: i % 13 === 0 ? null : i % 11,
    csat: (i % 5) + 1,
    ces: i % 3 ? (i % 7) + 1 : null,
    comment: i % 6 < 5 ? COMMENTS[i % 5] : null,
    language: i % 8 === 0 ? 'zh-CN' : null,
    tags: TAGS[i % TAGS.length],
    // Hashed with the workspace's salt: the first chunk creates it, the later ones reuse it.
    customerRef: i % 4 === 1 ? '' : `cust-${i % 7}`,
  }));
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function csv(rows: Answer[], touchpoints: string[], bad: Record<number, string[]> = {}): string {
  const header = ['touchpointId', 'occurredAt', 'externalId', 'segment', 'channel', 'site', 'nps', 'csat', 'ces', 'comment', 'language', 'tags', 'customerRef'];
  const lines = rows.map((r, i) => {
    const cells = [touchpoints[r.touchpoint], r.occurredAt, r.externalId, r.segment, r.channel, r.site, r.nps ?? '', r.csat ?? '', r.ces ?? '', r.comment ?? '', r.language ?? '', r.tags.join(';'), r.customerRef].map(String);
    return (bad[i] ?? cells).map(quote).join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

let api: TestApi;
let db: Client;
let a: TestWorkspace;
let b: TestWorkspace;
let tokenA: string;
let tokenB: string;
let tpA: string[];
let tpB: string[];

async function importAndWait(body: string): Promise<Job> {
  const res = await api.http('/api/v1/feedback/import', { method: 'POST', token: tokenA, headers: { 'content-type': 'text/csv' }, body });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 1200; i++) {
    const { importJob } = await api.gqlOk<{ importJob: Job }>(`query($id: ID!) { importJob(id: $id) { id status total accepted duplicate rejected errors { line field reason } } }`, { id }, as(a));
    if (importJob.status === 'succeeded' || importJob.status === 'failed') return importJob;
    await sleep(100);
  }
  throw new Error(`import ${id} did not finish`);
}

async function setUp(name: string): Promise<{ ws: TestWorkspace; token: string; touchpoints: string[] }> {
  const ws = await createWorkspace(api, undefined, name);
  const map = `id stages { id touchpoints { id } }`;
  const journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修 Repair" }) { id } }`, {}, as(ws))).createJourney.id;
  const stage = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId, name: '上门 Visit' } }, as(ws));
  const stageId = stage.addStage.stages[0].id;
  for (const name of ['维修 Repair', '回访 Call back']) {
    await api.gqlOk(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id } }`, { i: { stageId, name } }, as(ws));
  }
  const touchpoints = (await db.query(`SELECT id FROM touchpoint WHERE workspace_id = $1 ORDER BY name DESC`, [ws.id])).rows.map((r) => r.id as string);
  expect(touchpoints).toHaveLength(2);
  await api.gqlOk(`mutation { createSite(input: { code: "north", name: "北区" }) { id } }`, {}, as(ws));
  const token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "crm", scopes: ["feedback:write"] }) { secret } }`, {}, as(ws))).createApiToken.secret;
  return { ws, token, touchpoints };
}

interface Stored {
  external_id: string;
  touchpoint_id: string;
  journey_id: string;
  site_code: string | null;
  occurred_at: Date;
  segment: string;
  channel: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: string | null;
  sentiment: number | null;
  tags: string[];
  keywords: string[];
  source: string;
  customer_hash: string | null;
}

async function stored(workspaceId: string, prefix: string): Promise<Map<string, Stored>> {
  const { rows } = await db.query<Stored>(
    `SELECT r.external_id, r.touchpoint_id, r.journey_id, s.code AS site_code, r.occurred_at, r.segment, r.channel, r.nps, r.csat, r.ces,
            r.comment, r.language, r.sentiment, r.tags, r.keywords, r.source, r.customer_hash
       FROM feedback_response r LEFT JOIN site s ON s.workspace_id = r.workspace_id AND s.id = r.site_id
      WHERE r.workspace_id = $1 AND r.external_id LIKE $2 || '-%'`,
    [workspaceId, prefix],
  );
  return new Map(rows.map((r) => [r.external_id, r]));
}

/** The columns that do not depend on the way in, computed from the test's own answers (`salt`: the workspace's). */
function expected(r: Answer, touchpoints: string[], journeyId: string, salt: Buffer) {
  return {
    customer_hash: r.customerRef ? createHmac('sha256', salt).update(r.customerRef.normalize('NFKC')).digest('hex') : null,
    external_id: r.externalId,
    touchpoint_id: touchpoints[r.touchpoint],
    journey_id: journeyId,
    site_code: r.site || null,
    occurred_at: new Date(r.occurredAt),
    segment: r.segment,
    channel: r.channel || null,
    nps: r.nps,
    csat: r.csat,
    ces: r.ces,
    comment: r.comment,
    source: 'csv',
  };
}

describe('CSV import, row by row', () => {
  const N = 230;
  const rows = answers('rows', N);

  beforeAll(async () => {
    // 40-row chunks: the 230 rows span six transactions, the last one short.
    api = await startTestApi({ env: { OPENCX_DATA_DIR: FILES, OPENCX_IMPORT_CHUNK_ROWS: '40' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    ({ ws: a, token: tokenA, touchpoints: tpA } = await setUp('物业 A'));
    ({ ws: b, token: tokenB, touchpoints: tpB } = await setUp('物业 B'));
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    rmSync(FILES, { recursive: true, force: true });
  });

  it('stores every column of every row as written in the file, with the analysis a JSON batch gets', async () => {
    const job = await importAndWait(csv(rows, tpA));
    expect(job).toMatchObject({ status: 'succeeded', total: N, accepted: N, duplicate: 0, rejected: 0 });

    // The same answers through the JSON batch endpoint into workspace B.
    const body = {
      responses: rows.map((r) => ({
        touchpointId: tpB[r.touchpoint], occurredAt: r.occurredAt, externalId: r.externalId, segment: r.segment || undefined, channel: r.channel || undefined,
        site: r.site || undefined, nps: r.nps ?? undefined, csat: r.csat ?? undefined, ces: r.ces ?? undefined, comment: r.comment ?? undefined,
        language: r.language ?? undefined, tags: r.tags, source: 'csv', customerRef: r.customerRef || undefined,
      })),
    };
    const res = await api.http('/api/v1/feedback', { method: 'POST', token: tokenB, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);

    const journeyA = (await db.query(`SELECT journey_id FROM touchpoint WHERE workspace_id = $1 AND id = $2`, [a.id, tpA[0]])).rows[0].journey_id as string;
    const saltA = (await db.query(`SELECT salt FROM feedback_salt WHERE workspace_id = $1`, [a.id])).rows[0].salt as Buffer;
    const inA = await stored(a.id, 'rows');
    const inB = await stored(b.id, 'rows');
    expect(inA.size).toBe(N);
    expect(inB.size).toBe(N);
    for (const r of rows) {
      const got = inA.get(r.externalId) as Stored;
      const other = inB.get(r.externalId) as Stored;
      expect({ ...got, language: undefined, sentiment: undefined, tags: undefined, keywords: undefined }).toEqual({ ...expected(r, tpA, journeyA, saltA), language: undefined, sentiment: undefined, tags: undefined, keywords: undefined });
      // The caller's tags come first, exactly as written (quotes, backslashes, braces, commas, "NULL").
      expect(got.tags.slice(0, r.tags.length)).toEqual(r.tags);
      if (r.language) expect(got.language).toBe(r.language);
      if (r.comment === null) {
        expect(got.sentiment).toBeNull();
        expect(got.keywords).toEqual([]);
        expect(got.tags).toEqual(r.tags);
      }
      // The analysis equals the JSON batch's for the same comment (B hashes with its own salt).
      expect({ language: got.language, sentiment: got.sentiment, tags: got.tags, keywords: got.keywords }).toEqual({ language: other.language, sentiment: other.sentiment, tags: other.tags, keywords: other.keywords });
    }
    // The two plain-language comments read the way a person reads them.
    const praise = inA.get('rows-0') as Stored;
    const complaint = inA.get('rows-1') as Stored;
    expect(praise.comment).toBe(COMMENTS[0]);
    expect(praise.sentiment).toBeGreaterThan(0);
    expect(complaint.sentiment).toBeLessThan(0);
    expect(praise.keywords.length).toBeGreaterThan(0);
  });

  it('adds nothing when the same file comes again, and leaves every row as it was', async () => {
    const before = await stored(a.id, 'rows');
    const job = await importAndWait(csv(rows, tpA));
    expect(job).toMatchObject({ status: 'succeeded', total: N, accepted: 0, duplicate: N, rejected: 0 });
    expect(await stored(a.id, 'rows')).toEqual(before);
    const keys = await db.query(`SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS d FROM feedback_key WHERE workspace_id = $1 AND external_id LIKE 'rows-%'`, [a.id]);
    expect(keys.rows[0]).toEqual({ n: N, d: N });
  });

  it('rejects exactly the bad rows with their reasons and stores the others, new and old mixed in one chunk', async () => {
    // 60 rows: the first 30 were imported above (duplicates), 30 are new; five of them are broken.
    const mixed = [...rows.slice(0, 30), ...answers('more', 30)];
    const cells = (i: number, patch: Partial<Record<'tp' | 'at' | 'nps' | 'site' | 'tags', string>>) => {
      const r = mixed[i];
      return [patch.tp ?? tpA[r.touchpoint], patch.at ?? r.occurredAt, r.externalId, r.segment, r.channel, patch.site ?? r.site, patch.nps ?? String(r.nps ?? ''), String(r.csat ?? ''), String(r.ces ?? ''), r.comment ?? '', r.language ?? '', patch.tags ?? r.tags.join(';'), r.customerRef];
    };
    const bad: Record<number, string[]> = {
      31: cells(31, { nps: '11' }),
      35: cells(35, { at: 'last tuesday' }),
      40: cells(40, { tp: '00000000-0000-4000-8000-000000000001' }),
      44: cells(44, { site: 'south' }),
      47: cells(47, { nps: 'seven' }),
    };
    const job = await importAndWait(csv(mixed, tpA, bad));
    // A row is reported at the file line where it ends: the header is line 1, and a comment with a
    // line break inside its quotes takes two lines.
    const lineOf = (i: number) => 1 + mixed.slice(0, i + 1).reduce((n, r) => n + 1 + (r.comment?.split('\n').length ?? 1) - 1, 0);
    expect(lineOf(0)).toBe(2);
    expect(job.errors).toEqual([
      { line: lineOf(31), field: 'nps', reason: 'nps must be between 0 and 10' },
      { line: lineOf(35), field: 'occurredAt', reason: 'occurredAt must be an ISO 8601 time with an offset, e.g. 2026-11-28T09:30:00+08:00' },
      { line: lineOf(40), field: 'touchpointId', reason: 'is not a touchpoint of this workspace' },
      { line: lineOf(44), field: 'site', reason: 'no site has code "south"' },
      { line: lineOf(47), field: 'nps', reason: 'nps must be a number' },
    ]);
    expect(job).toMatchObject({ status: 'succeeded', total: 60, accepted: 25, duplicate: 30, rejected: 5 });
    const journeyA = (await db.query(`SELECT journey_id FROM touchpoint WHERE workspace_id = $1 AND id = $2`, [a.id, tpA[0]])).rows[0].journey_id as string;
    const saltA = (await db.query(`SELECT salt FROM feedback_salt WHERE workspace_id = $1`, [a.id])).rows[0].salt as Buffer;
    const more = await stored(a.id, 'more');
    const good = mixed.slice(30).filter((_, k) => !bad[30 + k]);
    expect([...more.keys()].sort()).toEqual(good.map((r) => r.externalId).sort());
    for (const r of good) {
      const got = more.get(r.externalId) as Stored;
      expect({ ...got, language: undefined, sentiment: undefined, tags: undefined, keywords: undefined }).toEqual({ ...expected(r, tpA, journeyA, saltA), language: undefined, sentiment: undefined, tags: undefined, keywords: undefined });
      expect(got.tags.slice(0, r.tags.length)).toEqual(r.tags);
    }
  });

  it('leaves every roll-up counter equal to a GROUP BY over the raw rows', async () => {
    const tz = (await db.query(`SELECT time_zone FROM workspace WHERE id = $1`, [a.id])).rows[0].time_zone as string;
    // Per (touchpoint, metric, site, segment, local day): n, sum, promoters, passives, detractors, from the raw responses.
    const raw = `
      SELECT r.touchpoint_id, m.id AS metric_id, coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_id, r.segment,
             (r.occurred_at AT TIME ZONE $2)::date AS day, v.value
        FROM feedback_response r
        CROSS JOIN LATERAL (VALUES ('nps', r.nps), ('csat', r.csat), ('ces', r.ces)) AS v(key, value)
        JOIN metric_definition m ON m.workspace_id = r.workspace_id AND m.key = v.key
       WHERE r.workspace_id = $1 AND v.value IS NOT NULL`;
    const counters = (period: string) => `
      SELECT touchpoint_id, metric_id, site_id, segment, ${period} AS period, count(*)::int AS n, sum(value)::int AS sum, sum(value * value)::int AS sum_squares,
             count(*) FILTER (WHERE value >= 9)::int AS p, count(*) FILTER (WHERE value BETWEEN 7 AND 8)::int AS pa, count(*) FILTER (WHERE value <= 6)::int AS d
        FROM (${raw}) x GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
    const nps = (await db.query(`SELECT id FROM metric_definition WHERE workspace_id = $1 AND key = 'nps'`, [a.id])).rows[0].id as string;
    const fromRollup = (table: string, period: string, where = '') => `
      SELECT touchpoint_id, metric_definition_id AS metric_id, site_id, segment, ${period} AS period, n::int, sum::int, sum_squares::int,
             CASE WHEN metric_definition_id = $2 THEN promoters::int ELSE 0 END AS p, CASE WHEN metric_definition_id = $2 THEN passives::int ELSE 0 END AS pa,
             CASE WHEN metric_definition_id = $2 THEN detractors::int ELSE 0 END AS d
        FROM ${table} WHERE workspace_id = $1 ${where} ORDER BY 1, 2, 3, 4, 5`;
    const nonNps = (q: string) => q.replace(/count\(\*\) FILTER \(WHERE value >= 9\)::int AS p, count\(\*\) FILTER \(WHERE value BETWEEN 7 AND 8\)::int AS pa, count\(\*\) FILTER \(WHERE value <= 6\)::int AS d/,
      `CASE WHEN metric_id = $3 THEN count(*) FILTER (WHERE value >= 9) ELSE 0 END::int AS p, CASE WHEN metric_id = $3 THEN count(*) FILTER (WHERE value BETWEEN 7 AND 8) ELSE 0 END::int AS pa, CASE WHEN metric_id = $3 THEN count(*) FILTER (WHERE value <= 6) ELSE 0 END::int AS d`);
    const daily = (await db.query(nonNps(counters('day')), [a.id, tz, nps])).rows;
    expect(daily.length).toBeGreaterThan(100);
    expect((await db.query(fromRollup('metric_rollup', 'day'), [a.id, nps])).rows).toEqual(daily);
    for (const grain of ['week', 'month'] as const) {
      const expectedRows = (await db.query(nonNps(counters(`date_trunc('${grain}', day::timestamp)::date`)), [a.id, tz, nps])).rows;
      expect((await db.query(fromRollup('metric_rollup_period', 'period_start', `AND grain = '${grain}'`), [a.id, nps])).rows).toEqual(expectedRows);
    }
    // Every stored response counted once: 230 + 25 rows, nps on the rows whose index is not a multiple of 13.
    const npsRows = [...rows, ...answers('more', 30).filter((_, k) => ![1, 5, 10, 14, 17].includes(k))].filter((r) => r.nps !== null).length;
    const total = await db.query(`SELECT sum(n)::int AS n FROM metric_rollup WHERE workspace_id = $1 AND metric_definition_id = $2`, [a.id, nps]);
    expect(total.rows[0].n).toBe(npsRows);
  });
});
