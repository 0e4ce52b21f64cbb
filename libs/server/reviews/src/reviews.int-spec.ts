import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { addMember, createWorkspace, type TestUser, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Journey reviews over HTTP against real PostgreSQL: a journey whose review date has come is marked
 * due once (however often the check runs), holding the review stores the journey's KPI snapshot
 * (NPS computed here by hand), its actions' status and the decisions, and answers the due review.
 */

const REVIEW = `id journeyId periodFrom periodTo decisions notes kpis { key value n lowSample } actions { id title status overdue }`;
const CREATE = `mutation($input: CreateJourneyReviewInput!) { createJourneyReview(input: $input) { ${REVIEW} } }`;
const MARK = `mutation { markJourneyReviewsDue { journeyId dueOn } }`;
const DUE = `{ journeyReviewsDue { journeyId dueOn } }`;

// pdf-parse (pdf.js) loads its worker by dynamic import, which Jest's module sandbox refuses: run it in a plain Node process.
const PARSE = `const { PDFParse } = require('pdf-parse');
(async () => { const p = new PDFParse({ data: require('fs').readFileSync(0) }); process.stdout.write((await p.getText()).text); await p.destroy(); })();`;
const textOf = (pdf: Uint8Array) => execFileSync(process.execPath, ['-e', PARSE], { input: pdf, cwd: process.cwd(), encoding: 'utf8' });

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let journeyId: string;
let actionId: string;
let admin: TestUser;
const as = (ws: TestWorkspace) => ({ token: ws.owner.token, workspaceId: ws.id });
/** Today in Asia/Shanghai (the default workspace time zone), and days from it. */
const shanghaiDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
  admin = await addMember(api, a, 'admin');
  const map = `id version stages { id touchpoints { id } }`;
  const created = await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修旅程" }) { id } }`, {}, as(a));
  journeyId = created.createJourney.id;
  const stage = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId, name: '维修' } }, as(a))).addStage.stages[0].id;
  const withTp = await api.gqlOk<{ addTouchpoint: { version: number; stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${map} } }`,
    { i: { stageId: stage, name: '上门' } },
    as(a),
  );
  const touchpointId = withTp.addTouchpoint.stages[0].touchpoints[0].id;
  // Six answers this week: promoters 10, 10, 9; a passive 7; detractors 3, 0.
  const token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "s", scopes: ["feedback:write"] }) { secret } }`, {}, as(a))).createApiToken.secret;
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const responses = [10, 10, 9, 7, 3, 0].map((nps, i) => ({ touchpointId, occurredAt: at, nps, externalId: `r${i}` }));
  const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
  expect(res.status).toBe(201);
  const defs = await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, as(a));
  const npsId = defs.metricDefinitions.find((d) => d.key === 'nps')!.id;
  await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId, metrics: [{ metricDefinitionId: npsId }] } }, as(a));
  actionId = (await api.gqlOk<{ createImprovementAction: { id: string } }>(`mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id } }`, { i: { title: '备件前置', touchpointId } }, as(a)))
    .createImprovementAction.id;
  // The team set the first review for two days ago, then monthly.
  const journey = await api.gqlOk<{ journey: { version: number } }>(`query($id: ID!) { journey(id: $id) { version } }`, { id: journeyId }, as(a));
  await api.gqlOk(`mutation($i: UpdateJourneyInput!) { updateJourney(input: $i) { id } }`, { i: { id: journeyId, version: journey.journey.version, nextReviewAt: shanghaiDay(-2), reviewCadenceDays: 30 } }, as(a));
}, 300_000);
afterAll(() => api?.close());

it('marks the review due once, however often the check runs', async () => {
  const first = await api.gqlOk<{ markJourneyReviewsDue: { journeyId: string; dueOn: string }[] }>(MARK, {}, as(a));
  expect(first.markJourneyReviewsDue).toEqual([{ journeyId, dueOn: shanghaiDay(-2) }]);
  const again = await api.gqlOk<{ markJourneyReviewsDue: unknown[] }>(MARK, {}, as(a));
  expect(again.markJourneyReviewsDue).toEqual([]);
  // The journey has no team: the workspace's admins hear of it, once (the owner who ran the check is the actor).
  const inbox = await api.gqlOk<{ notifications: { nodes: { kind: string; title: string; link: string; entityId: string }[] } }>(
    `{ notifications(first: 50) { nodes { kind title link entityId } } }`,
    {},
    { token: admin.token, workspaceId: a.id },
  );
  expect(inbox.notifications.nodes.filter((n) => n.kind === 'REVIEW_DUE')).toEqual([{ kind: 'REVIEW_DUE', title: '报修旅程', link: `/reviews?journey=${journeyId}`, entityId: journeyId }]);
  expect((await api.gqlOk<{ journeyReviewsDue: unknown[] }>(DUE, {}, as(a))).journeyReviewsDue).toEqual([{ journeyId, dueOn: shanghaiDay(-2) }]);
  expect((await api.gqlOk<{ journeyReviewsDue: unknown[] }>(DUE, {}, as(b))).journeyReviewsDue).toEqual([]);
});

it('stores the KPI snapshot, the actions and the decisions, and answers the due review', async () => {
  const held = (
    await api.gqlOk<{ createJourneyReview: { periodFrom: string; periodTo: string; decisions: string[]; kpis: { key: string; value: number; n: number; lowSample: boolean }[]; actions: { id: string; title: string; status: string; overdue: boolean }[] } }>(
      CREATE,
      { input: { journeyId, decisions: ['  加派一名水电师傅  ', ''], notes: '漏水投诉集中在老小区', periodDays: 30 } },
      as(a),
    )
  ).createJourneyReview;
  expect(held.periodTo).toBe(shanghaiDay(0));
  expect(held.periodFrom).toBe(shanghaiDay(-29));
  expect(held.decisions).toEqual(['加派一名水电师傅']);
  // NPS = 100 × (3 promoters − 2 detractors) / 6.
  const nps = held.kpis.find((k) => k.key === 'nps')!;
  expect(nps.n).toBe(6);
  expect(nps.value).toBeCloseTo((100 * (3 - 2)) / 6, 6);
  expect(nps.lowSample).toBe(true);
  expect(held.actions).toEqual([expect.objectContaining({ id: actionId, title: '备件前置', status: 'proposed', overdue: false })]);
  expect((await api.gqlOk<{ journeyReviewsDue: unknown[] }>(DUE, {}, as(a))).journeyReviewsDue).toEqual([]);
  // Next due a month after this review: nothing is due now.
  expect((await api.gqlOk<{ markJourneyReviewsDue: unknown[] }>(MARK, {}, as(a))).markJourneyReviewsDue).toEqual([]);
});

it('keeps reviews to their workspace, names the field of bad input, and lets a viewer read but not hold one', async () => {
  const [review] = (await api.gqlOk<{ journeyReviews: { nodes: { id: string }[] } }>(`query($j: ID) { journeyReviews(journeyId: $j) { nodes { id } } }`, { j: journeyId }, as(a))).journeyReviews.nodes;
  const fromB = await api.gql(`query($id: ID!) { journeyReview(id: $id) { id } }`, { id: review.id }, as(b));
  expect(fromB.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await api.gqlOk<{ journeyReviews: { nodes: unknown[] } }>(`{ journeyReviews { nodes { id } } }`, {}, as(b))).journeyReviews.nodes).toEqual([]);
  const foreign = await api.gql(CREATE, { input: { journeyId, decisions: ['x'] } }, as(b));
  expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'journeyId' });
  const long = await api.gql(CREATE, { input: { journeyId, decisions: ['x'.repeat(1001)] } }, as(a));
  expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisions' });
  const viewer = await addMember(api, a, 'viewer');
  const refused = await api.gql(CREATE, { input: { journeyId, decisions: ['x'] } }, { token: viewer.token, workspaceId: a.id });
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const read = await api.gqlOk<{ journeyReview: { notes: string } }>(`query($id: ID!) { journeyReview(id: $id) { notes } }`, { id: review.id }, { token: viewer.token, workspaceId: a.id });
  expect(read.journeyReview.notes).toBe('漏水投诉集中在老小区');

  // The review as a PDF a viewer may download: the snapshot's figures, the action and the decision, in Chinese.
  const res = await api.http(`/api/v1/reviews/${review.id}/review.pdf?locale=zh-CN`, { token: viewer.token, workspaceId: a.id });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/pdf/);
  const text = textOf(new Uint8Array(await res.arrayBuffer()));
  expect(text).toContain('旅程复盘：报修旅程');
  expect(text).toContain(((100 * (3 - 2)) / 6).toFixed(1));
  expect(text).toContain('备件前置');
  expect(text).toContain('加派一名水电师傅');
  const other = await api.http(`/api/v1/reviews/${review.id}/review.pdf`, { token: b.owner.token, workspaceId: b.id });
  expect(other.status).toBe(404);
});

it('is enforced again by row-level security for any SQL the application role sends', async () => {
  // As the application role: the superuser (api.databaseUrl) would bypass row-level security.
  const client = new Client({ connectionString: api.appDatabaseUrl });
  await client.connect();
  try {
    const countIn = async (workspaceId: string, table: string) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId]);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      await client.query('COMMIT');
      return Number(rows[0].n);
    };
    for (const table of ['journey_review', 'journey_review_due']) {
      expect(await countIn(a.id, table)).toBe(1);
      expect(await countIn(b.id, table)).toBe(0);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      expect(Number(rows[0].n)).toBe(0);
    }
  } finally {
    await client.end();
  }
});

it('pages held reviews newest first by keyset, with no review twice or missed, and names a bad page argument', async () => {
  // Two more reviews after the one held above: three in all, created in this order.
  const held: string[] = [];
  for (const d of ['第二次复盘', '第三次复盘']) {
    held.push((await api.gqlOk<{ createJourneyReview: { id: string } }>(CREATE, { input: { journeyId, decisions: [d] } }, as(a))).createJourneyReview.id);
  }
  const PAGE = `query($j: ID, $first: Int, $after: String) { journeyReviews(journeyId: $j, first: $first, after: $after) { nodes { id decisions } pageInfo { hasNextPage endCursor } } }`;
  type Page = { journeyReviews: { nodes: { id: string; decisions: string[] }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  const one = (await api.gqlOk<Page>(PAGE, { j: journeyId, first: 2 }, as(a))).journeyReviews;
  expect(one.nodes.map((r) => r.decisions[0])).toEqual(['第三次复盘', '第二次复盘']);
  expect(one.nodes.map((r) => r.id)).toEqual([held[1], held[0]]);
  expect(one.pageInfo.hasNextPage).toBe(true);
  const two = (await api.gqlOk<Page>(PAGE, { j: journeyId, first: 2, after: one.pageInfo.endCursor }, as(a))).journeyReviews;
  expect(two.nodes.map((r) => r.decisions[0])).toEqual(['加派一名水电师傅']);
  expect(two.pageInfo.hasNextPage).toBe(false);
  const tooMany = await api.gql(PAGE, { j: journeyId, first: 201 }, as(a));
  expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  const notCursor = await api.gql(PAGE, { j: journeyId, after: 'nonsense' }, as(a));
  expect(notCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

describe('monthly digest', () => {
  it('says what changed month on month, whether it is significant, and which action explains it', async () => {
    const opts = as(b);
    const map = `id stages { id touchpoints { id } }`;
    const j = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "物业缴费" }) { id } }`, {}, opts)).createJourney.id;
    const stage = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId: j, name: '缴费' } }, opts)).addStage.stages[0].id;
    const tp = (await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${map} } }`, { i: { stageId: stage, name: '线上缴费' } }, opts))
      .addTouchpoint.stages[0].touchpoints[0].id;
    const token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "d", scopes: ["feedback:write"] }) { secret } }`, {}, opts)).createApiToken.secret;
    // May 2026: 20 promoters (NPS 100). June 2026: 10 promoters, 10 detractors (NPS 0).
    const responses = [
      ...Array.from({ length: 20 }, (_, i) => ({ touchpointId: tp, occurredAt: '2026-05-15T04:00:00Z', nps: 10, externalId: `may-${i}` })),
      ...Array.from({ length: 20 }, (_, i) => ({ touchpointId: tp, occurredAt: '2026-06-15T04:00:00Z', nps: i < 10 ? 9 : 2, externalId: `jun-${i}` })),
    ];
    const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
    expect(res.status).toBe(201);
    const defs = await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, opts);
    const npsId = defs.metricDefinitions.find((d) => d.key === 'nps')!.id;
    await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: tp, metrics: [{ metricDefinitionId: npsId }] } }, opts);
    const action = (await api.gqlOk<{ createImprovementAction: { id: string } }>(`mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id } }`, { i: { title: '缴费页改版', touchpointId: tp, targetMetricId: npsId } }, opts))
      .createImprovementAction.id;
    const MOVE = `mutation($i: MoveImprovementActionInput!) { moveImprovementAction(input: $i) { id } }`;
    await api.gqlOk(MOVE, { i: { id: action, version: 1, status: 'planned' } }, opts);
    await api.gqlOk(MOVE, { i: { id: action, version: 2, status: 'in_progress' } }, opts);

    const DIGEST = `mutation($m: String!) { generateWorkspaceDigest(month: $m) { id month items { journeyId metricKey before { value n } after { value n } change { difference low high significant } actions { id title } } } }`;
    type Digest = { id: string; month: string; items: { journeyId: string; metricKey: string; before: { value: number; n: number }; after: { value: number; n: number }; change: { difference: number; low: number; high: number; significant: boolean } | null; actions: { id: string; title: string }[] }[] };
    const digest = (await api.gqlOk<{ generateWorkspaceDigest: Digest }>(DIGEST, { m: '2026-06' }, opts)).generateWorkspaceDigest;
    expect(digest.month).toBe('2026-06');
    const nps = digest.items.find((i) => i.journeyId === j && i.metricKey === 'nps')!;
    // Before: 100 × (20 − 0)/20 = 100; after: 100 × (10 − 10)/20 = 0.
    expect(nps.before).toEqual({ value: 100, n: 20 });
    expect(nps.after).toEqual({ value: 0, n: 20 });
    expect(nps.change!.difference).toBeCloseTo(-100, 6);
    expect(nps.change!.high).toBeLessThan(0);
    expect(nps.change!.significant).toBe(true);
    expect(nps.actions).toEqual([{ id: action, title: '缴费页改版' }]);
    // Generating the month again replaces it: still one digest for June.
    const again = (await api.gqlOk<{ generateWorkspaceDigest: Digest }>(DIGEST, { m: '2026-06' }, opts)).generateWorkspaceDigest;
    expect(again.id).toBe(digest.id);
    const listed = await api.gqlOk<{ workspaceDigests: { id: string; month: string }[] }>(`{ workspaceDigests { id month } }`, {}, opts);
    expect(listed.workspaceDigests.filter((d) => d.month === '2026-06')).toEqual([{ id: digest.id, month: '2026-06' }]);
    expect((await api.gqlOk<{ workspaceDigests: { month: string }[] }>(`{ workspaceDigests { month } }`, {}, as(a))).workspaceDigests.some((d) => d.month === '2026-06')).toBe(false);
    const bad = await api.gql(DIGEST, { m: '2026-13' }, opts);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });

    const pdf = await api.http(`/api/v1/reviews/digests/${digest.id}/digest.pdf?locale=zh-CN`, opts);
    expect(pdf.status).toBe(200);
    const text = textOf(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('月度摘要 2026-06');
    expect(text).toContain('物业缴费');
    expect(text).toContain('缴费页改版');
  });
});
