import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Journey reviews over HTTP against real PostgreSQL: a journey whose review date has come is marked
 * due once (however often the check runs), holding the review stores the journey's KPI snapshot
 * (NPS computed here by hand), its actions' status and the decisions, and answers the due review.
 */

const REVIEW = `id journeyId periodFrom periodTo decisions notes kpis { key value n lowSample } actions { id title status overdue }`;
const CREATE = `mutation($input: CreateJourneyReviewInput!) { createJourneyReview(input: $input) { ${REVIEW} } }`;
const MARK = `mutation { markJourneyReviewsDue { journeyId dueOn } }`;
const DUE = `{ journeyReviewsDue { journeyId dueOn } }`;

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let journeyId: string;
let actionId: string;
const as = (ws: TestWorkspace) => ({ token: ws.owner.token, workspaceId: ws.id });
/** Today in Asia/Shanghai (the default workspace time zone), and days from it. */
const shanghaiDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
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
  const [review] = (await api.gqlOk<{ journeyReviews: { id: string }[] }>(`query($j: ID) { journeyReviews(journeyId: $j) { id } }`, { j: journeyId }, as(a))).journeyReviews;
  const fromB = await api.gql(`query($id: ID!) { journeyReview(id: $id) { id } }`, { id: review.id }, as(b));
  expect(fromB.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await api.gqlOk<{ journeyReviews: unknown[] }>(`{ journeyReviews { id } }`, {}, as(b))).journeyReviews).toEqual([]);
  const foreign = await api.gql(CREATE, { input: { journeyId, decisions: ['x'] } }, as(b));
  expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'journeyId' });
  const long = await api.gql(CREATE, { input: { journeyId, decisions: ['x'.repeat(1001)] } }, as(a));
  expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisions' });
  const viewer = await addMember(api, a, 'viewer');
  const refused = await api.gql(CREATE, { input: { journeyId, decisions: ['x'] } }, { token: viewer.token, workspaceId: a.id });
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const read = await api.gqlOk<{ journeyReview: { notes: string } }>(`query($id: ID!) { journeyReview(id: $id) { notes } }`, { id: review.id }, { token: viewer.token, workspaceId: a.id });
  expect(read.journeyReview.notes).toBe('漏水投诉集中在老小区');
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
