import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Client } from 'pg';
import { addMember, createWorkspace, startAnswerCacheApis, type AnswerCacheApis, type TestApi, type TestWorkspace } from '@opencx/server-testing';
import { KpiAnswerCache } from './kpi-answer.cache';

/**
 * The KPI reads keep whole answers in memory (KpiAnswerCache), keyed by workspace, role, read,
 * scope, document and variables, and used only when the database, read as the caller after the
 * access check, gives the same version: the workspace's measurement counter (bumped by triggers on
 * the roll-ups and metric definitions) and the scope's journey content version. These prove, over
 * HTTP against real PostgreSQL, that an answer from memory is byte for byte the answer of an API
 * without the cache, after every kind of write that feeds a KPI (single response, REST batch, CSV
 * import, a target or a definition, the journey's structure, on this API, another replica or in
 * plain SQL), and that it never reaches another workspace or a former member.
 */

const KPIS = `query Trend($id: ID!) { kpis(scope: JOURNEY, id: $id, from: "2026-10-01", to: "2026-10-31", granularity: WEEK) {
  metrics { key total { value n low high target status } buckets { start figure { value n } change { difference pValue significant } }
    children { kind id total { value n target } } } } }`;
const TOUCHPOINT_KPIS = `query Chips($id: ID!) { journeyKpis(journeyId: $id, from: "2026-10-01", to: "2026-10-31") {
  touchpoints { touchpointId metrics { key bound figure { value n target status } } emotion { value n } } } }`;
const SEGMENTS = `query Segments($id: ID!) { segmentComparison(journeyId: $id, from: "2026-10-01", to: "2026-10-31", segmentA: "vip", segmentB: "") {
  metrics { key a { value n } b { value n } } } }`;
const READS = [KPIS, TOUCHPOINT_KPIS, SEGMENTS];

interface Trend {
  kpis: { metrics: { key: string; total: { n: number; value: number | null; target: number | null }; children: { id: string; total: { n: number } }[] }[] };
}
interface Chips {
  journeyKpis: { touchpoints: { touchpointId: string; metrics: { key: string; figure: { n: number; target: number | null } }[] }[] };
}
type Who = { token: string; workspaceId: string };

const FILES = mkdtempSync(join(tmpdir(), 'opencx-kpi-cache-'));
let apis: AnswerCacheApis;
let api: TestApi; // caches as in production
let replica: TestApi; // a second API on the same database, with its own cache
let fresh: TestApi; // OPENCX_KPI_ANSWER_CACHE_BYTES=0: every answer computed from the database
let a: TestWorkspace;
let b: TestWorkspace;
let db: Client;
let journeyId: string;
let stageIds: string[];
let touchpointIds: string[];
let token: string;
let csatId: string;
const asOwner = (w: TestWorkspace): Who => ({ token: w.owner.token, workspaceId: w.id });

async function body(on: TestApi, document: string, id: string, who: Who): Promise<string> {
  const res = await on.http('/graphql', { method: 'POST', ...who, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, variables: { id } }) });
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).not.toContain('"errors"');
  return text;
}
const cacheOf = (on: TestApi) => on.app.get(KpiAnswerCache, { strict: false });

/** Reads through `on` until its answer comes from memory, and returns that answer (proving the cache served it). */
async function servedFromMemory(on: TestApi, document: string, id: string, who: Who): Promise<string> {
  await body(on, document, id, who);
  const before = cacheOf(on).counts.served;
  const text = await body(on, document, id, who);
  expect(cacheOf(on).counts.served).toBe(before + 1);
  return text;
}
const trend = async (on: TestApi = fresh) => (JSON.parse(await body(on, KPIS, journeyId, asOwner(a))) as { data: Trend }).data.kpis;
const chips = async (on: TestApi = fresh) => (JSON.parse(await body(on, TOUCHPOINT_KPIS, journeyId, asOwner(a))) as { data: Chips }).data.journeyKpis;
const totalN = async (key: string) => (await trend()).metrics.find((m) => m.key === key)?.total.n ?? 0;

let serial = 0;
async function postBatch(responses: Record<string, unknown>[], on: TestApi = api): Promise<void> {
  const res = await on.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ source: 'crm', responses: responses.map((r) => ({ externalId: `k-${serial++}`, ...r })) }),
  });
  expect({ status: res.status, body: res.status === 201 ? null : await res.text() }).toEqual({ status: 201, body: null });
}
async function submit(input: Record<string, unknown>, on: TestApi = api): Promise<void> {
  await on.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: input }, asOwner(a));
}
async function importCsv(rows: string[]): Promise<void> {
  const res = await api.http('/api/v1/feedback/import', { method: 'POST', token, headers: { 'content-type': 'text/csv' }, body: ['touchpointId,occurredAt,externalId,nps,csat', ...rows].join('\r\n') });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 600; i++) {
    const { importJob } = await api.gqlOk<{ importJob: { status: string; accepted: number } }>(`query($id: ID!) { importJob(id: $id) { status accepted } }`, { id }, asOwner(a));
    if (importJob.status === 'succeeded') return void expect(importJob.accepted).toBe(rows.length);
    expect(importJob.status).not.toBe('failed');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

beforeAll(async () => {
  process.env.OPENCX_DATA_DIR = FILES;
  apis = await startAnswerCacheApis({ OPENCX_KPI_ANSWER_CACHE_BYTES: '0' });
  ({ fresh, api, replica } = apis);
  a = await createWorkspace(api, undefined, 'KPI answers A');
  b = await createWorkspace(api, undefined, 'KPI answers B');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "Repairs" }) { id } }`, {}, asOwner(a))).createJourney.id;
  for (const name of ['Report', 'Visit']) await api.gqlOk(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId, name } }, asOwner(a));
  const stages = async () =>
    (await api.gqlOk<{ journey: { stages: { id: string; touchpoints: { id: string }[] }[] } }>(`query($id: ID!) { journey(id: $id) { stages { id touchpoints { id } } } }`, { id: journeyId }, asOwner(a))).journey.stages;
  stageIds = (await stages()).map((s) => s.id);
  for (const [stageId, name] of [[stageIds[0], 'Call'], [stageIds[0], 'App'], [stageIds[1], 'Repair']]) {
    await api.gqlOk(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id } }`, { i: { stageId, name } }, asOwner(a));
  }
  touchpointIds = (await stages()).flatMap((s) => s.touchpoints.map((t) => t.id));
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "crm", scopes: ["feedback:write"] }) { secret } }`, {}, asOwner(a))).createApiToken.secret;
  // October: NPS 9 and 3 alternating, CSAT 4, at every touchpoint, half of them VIP.
  await postBatch(Array.from({ length: 30 }, (_, i) => ({ touchpointId: touchpointIds[i % 3], occurredAt: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+08:00`, nps: i % 2 ? 9 : 3, csat: 4, segment: i % 4 < 2 ? 'vip' : '' })));
  csatId = (await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, asOwner(a))).metricDefinitions.find((d) => d.key === 'csat')?.id ?? '';
  expect(csatId).not.toBe('');
});
afterAll(async () => {
  await db?.end();
  await apis?.close();
  delete process.env.OPENCX_DATA_DIR;
  rmSync(FILES, { recursive: true, force: true });
});

it('serves an unchanged KPI answer from memory after the session and the version read, byte for byte the uncached answer', async () => {
  for (const document of READS) {
    const expected = await body(fresh, document, journeyId, asOwner(a));
    await body(api, document, journeyId, asOwner(a));
    api.resetQueryCount();
    expect(await servedFromMemory(api, document, journeyId, asOwner(a))).toBe(expected);
    // Two reads since the reset, each: the session, then the measurement and journey content versions in one statement.
    expect(api.queryCount()).toBe(4);
    // … sent with its read-only transaction and tenant setting as one message: no transaction control round trip of its own.
    expect(api.controlCount()).toBe(0);
  }
  // The figures are the planted ones (counted here): 30 NPS answers, 15 promoters and 15 detractors.
  const nps = (await trend(api)).metrics.find((m) => m.key === 'nps');
  expect(nps?.total).toMatchObject({ n: 30, value: 0 });
});

it('never serves a cached answer to another workspace, nor to a member of another workspace naming it', async () => {
  const cached = await servedFromMemory(api, KPIS, journeyId, asOwner(a));
  // B's owner naming A's journey in B: B has no such journey, so nothing is measured.
  const inB = await body(api, KPIS, journeyId, asOwner(b));
  expect(inB).not.toBe(cached);
  expect(inB).toBe(await body(fresh, KPIS, journeyId, asOwner(b)));
  expect((JSON.parse(inB) as { data: Trend }).data.kpis.metrics).toEqual([]);
  // B's owner (or viewer) claiming A's workspace: refused before anything is read.
  expect((await api.gql(KPIS, { id: journeyId }, { token: b.owner.token, workspaceId: a.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const viewerOfB = await addMember(api, b, 'viewer');
  const claimed = await api.gql(TOUCHPOINT_KPIS, { id: journeyId }, { token: viewerOfB.token, workspaceId: a.id });
  expect(claimed.data).toBeNull();
  expect(claimed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('never serves a cached answer to someone who lost their membership, nor without a session', async () => {
  const viewer = await addMember(api, a, 'viewer');
  const who = { token: viewer.token, workspaceId: a.id };
  expect(await servedFromMemory(api, KPIS, journeyId, who)).toBe(await body(fresh, KPIS, journeyId, who));
  await api.gqlOk(`mutation($u: ID!) { removeMember(userId: $u) { userId } }`, { u: viewer.id }, asOwner(a));
  const after = await api.gql(KPIS, { id: journeyId }, who);
  expect(after.data).toBeNull();
  expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const anonymous = await api.gql(KPIS, { id: journeyId }, { workspaceId: a.id });
  expect(anonymous.data).toBeNull();
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

/** One write of each kind a KPI answer depends on, and what the answers show after it (counted here). */
const WRITES: { kind: string; apply: () => Promise<(t: Trend['kpis'], c: Chips['journeyKpis']) => boolean> }[] = [
  {
    kind: 'single response (submitFeedback)',
    apply: async () => {
      const n = await totalN('nps');
      await submit({ touchpointId: touchpointIds[0], occurredAt: '2026-10-05T09:00:00+08:00', nps: 10 });
      return (t) => t.metrics.find((m) => m.key === 'nps')?.total.n === n + 1;
    },
  },
  {
    kind: 'REST batch through the other replica',
    apply: async () => {
      const n = await totalN('csat');
      await postBatch(Array.from({ length: 4 }, (_, i) => ({ touchpointId: touchpointIds[2], occurredAt: `2026-10-2${i}T09:00:00+08:00`, csat: 5 })), replica);
      return (t) => t.metrics.find((m) => m.key === 'csat')?.total.n === n + 4;
    },
  },
  {
    kind: 'CSV import',
    apply: async () => {
      const n = await totalN('nps');
      await importCsv(Array.from({ length: 6 }, (_, i) => `${touchpointIds[1]},2026-10-1${i}T09:30:00+08:00,csv-${serial++},${i},`));
      return (t) => t.metrics.find((m) => m.key === 'nps')?.total.n === n + 6;
    },
  },
  {
    kind: 'touchpoint target override (metric binding)',
    apply: async () => {
      await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: touchpointIds[2], metrics: [{ metricDefinitionId: csatId, targetOverride: 0.95 }] } }, asOwner(a));
      return (_t, c) => c.touchpoints.find((t) => t.touchpointId === touchpointIds[2])?.metrics.find((m) => m.key === 'csat')?.figure.target === 0.95;
    },
  },
  {
    kind: 'metric definition target changed in plain SQL',
    apply: async () => {
      await db.query(`UPDATE metric_definition SET target = 0.77 WHERE workspace_id = $1 AND id = $2`, [a.id, csatId]);
      return (t) => t.metrics.find((m) => m.key === 'csat')?.total.target === 0.77;
    },
  },
  {
    kind: 'roll-up corrected in plain SQL (no API code path)',
    apply: async () => {
      const csatAt = (c: Chips['journeyKpis']) => c.touchpoints.find((t) => t.touchpointId === touchpointIds[2])?.metrics.find((m) => m.key === 'csat')?.figure.n ?? 0;
      const n = csatAt(await chips());
      // The map's figures sum the daily roll-ups (the trend reads this whole week from the weekly ones).
      const { rowCount } = await db.query(`DELETE FROM metric_rollup WHERE workspace_id = $1 AND metric_definition_id = $2 AND touchpoint_id = $3 AND day = '2026-10-20'`, [a.id, csatId, touchpointIds[2]]);
      expect(rowCount).toBe(1);
      return (_t, c) => csatAt(c) === n - 1;
    },
  },
  {
    kind: 'touchpoint moved to the other stage (structure)',
    apply: async () => {
      await api.gqlOk(`mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { id } }`, { i: { id: touchpointIds[1], toStageId: stageIds[1], toPosition: 0 } }, asOwner(a));
      // Per touchpoint (the map's figures, which do not depend on stages), from the uncached API.
      const npsOf = (c: Chips['journeyKpis'], tp: string) => c.touchpoints.find((t) => t.touchpointId === tp)?.metrics.find((m) => m.key === 'nps')?.figure.n ?? 0;
      const perTouchpoint = await chips();
      const visit = npsOf(perTouchpoint, touchpointIds[1]) + npsOf(perTouchpoint, touchpointIds[2]);
      expect(npsOf(perTouchpoint, touchpointIds[1])).toBeGreaterThan(0);
      // The visit stage now counts the moved touchpoint's answers beside its own.
      return (t) => t.metrics.find((m) => m.key === 'nps')?.children.find((c) => c.id === stageIds[1])?.total.n === visit;
    },
  },
  {
    kind: 'touchpoint deleted (structure)',
    apply: async () => {
      await api.gqlOk(`mutation($id: ID!) { deleteTouchpoint(id: $id) { id } }`, { id: touchpointIds[0] }, asOwner(a));
      return (_t, c) => !c.touchpoints.some((t) => t.touchpointId === touchpointIds[0]);
    },
  },
];

it.each(WRITES.map((w) => [w.kind, w] as const))('serves the new figures after a %s, equal to the uncached answer', async (_kind, w) => {
  const before: string[] = [];
  for (const document of READS) before.push(await servedFromMemory(api, document, journeyId, asOwner(a)));
  const shows = await w.apply();
  const after = await Promise.all(READS.map((document) => body(api, document, journeyId, asOwner(a))));
  expect(after).toEqual(await Promise.all(READS.map((document) => body(fresh, document, journeyId, asOwner(a)))));
  expect(after).not.toEqual(before);
  expect(shows((JSON.parse(after[0]) as { data: Trend }).data.kpis, (JSON.parse(after[1]) as { data: Chips }).data.journeyKpis)).toBe(true);
  // The replica, which kept the older answers too, serves the new ones.
  expect(await body(replica, KPIS, journeyId, asOwner(a))).toBe(after[0]);
  // And once kept again, memory serves the new answer.
  expect(await servedFromMemory(api, KPIS, journeyId, asOwner(a))).toBe(after[0]);
});

it('a write in another workspace leaves this workspace’s answers served from memory', async () => {
  const cached = await servedFromMemory(api, KPIS, journeyId, asOwner(a));
  const other = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "B's" }) { id } }`, {}, asOwner(b))).createJourney.id;
  const stage = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId: other, name: 'Only' } }, asOwner(b))).addStage.stages[0].id;
  const tp = (await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id } } } }`, { i: { stageId: stage, name: 'Desk' } }, asOwner(b))).addTouchpoint.stages[0].touchpoints[0].id;
  await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: tp, occurredAt: '2026-10-05T09:00:00+08:00', nps: 0 } }, asOwner(b));
  const before = cacheOf(api).counts.served;
  expect(await body(api, KPIS, journeyId, asOwner(a))).toBe(cached);
  expect(cacheOf(api).counts.served).toBe(before + 1);
});

it('concurrent batches and reads on two replicas end on the uncached answer', async () => {
  const batch = (k: number) => Array.from({ length: 20 }, (_, i) => ({ touchpointId: touchpointIds[1 + (i % 2)], occurredAt: `2026-10-${String(1 + ((i + k) % 28)).padStart(2, '0')}T12:00:00+08:00`, nps: (i + k) % 11 }));
  const reads = (on: TestApi) => Promise.all(Array.from({ length: 6 }, () => body(on, KPIS, journeyId, asOwner(a))));
  await Promise.all([postBatch(batch(1)), postBatch(batch(2), replica), reads(api), reads(replica), postBatch(batch(3)), reads(api)]);
  const expected = await body(fresh, KPIS, journeyId, asOwner(a));
  for (const on of [api, replica]) expect(await body(on, KPIS, journeyId, asOwner(a))).toBe(expected);
});

it('after random sequences of writes on either replica, every answer equals a fresh uncached answer byte for byte', async () => {
  const write = fc.record({
    on: fc.constantFrom('api', 'replica'),
    what: fc.constantFrom('response', 'batch', 'target', 'definition', 'move'),
    touchpoint: fc.integer({ min: 1, max: 2 }),
    n: fc.integer({ min: 0, max: 999 }),
  });
  let served = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 4 }), async (steps) => {
      for (const step of steps) {
        const on = step.on === 'api' ? api : replica;
        const touchpointId = touchpointIds[step.touchpoint];
        const day = `2026-10-${String(1 + (step.n % 28)).padStart(2, '0')}T08:00:00+08:00`;
        if (step.what === 'response') await submit({ touchpointId, occurredAt: day, nps: step.n % 11, csat: 1 + (step.n % 5), segment: step.n % 2 ? 'vip' : '' }, on);
        if (step.what === 'batch') await postBatch([{ touchpointId, occurredAt: day, nps: step.n % 11 }, { touchpointId, occurredAt: day, csat: 1 + (step.n % 5) }], on);
        if (step.what === 'target') await on.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId, metrics: [{ metricDefinitionId: csatId, targetOverride: (step.n % 100) / 100 }] } }, asOwner(a));
        if (step.what === 'definition') await db.query(`UPDATE metric_definition SET warning_threshold = $3 WHERE workspace_id = $1 AND id = $2`, [a.id, csatId, (step.n % 50) / 100]);
        if (step.what === 'move') await on.gqlOk(`mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { id } }`, { i: { id: touchpointId, toStageId: stageIds[step.n % 2], toPosition: 0 } }, asOwner(a));
        for (const document of READS) {
          const expected = await body(fresh, document, journeyId, asOwner(a));
          for (const reader of [api, replica]) {
            expect(await body(reader, document, journeyId, asOwner(a))).toBe(expected);
            const before = cacheOf(reader).counts.served;
            expect(await body(reader, document, journeyId, asOwner(a))).toBe(expected);
            served += cacheOf(reader).counts.served - before;
          }
        }
      }
    }),
    { numRuns: 5, seed: 1407 },
  );
  expect(served).toBeGreaterThan(0);
});
