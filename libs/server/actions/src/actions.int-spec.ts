import { Client } from 'pg';
import { addMember, caseIntakeDrained, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

const DAY = 86_400_000;
const MAP = `id stages { id name touchpoints { id name painPoints { id title source evidenceCount } } }`;
const ACTION = `id status nextStatuses startedAt completedAt version impactVerdict painPointId touchpointIds overdue dropReason`;
const IMPACT = `method verdict n figure beforeFrom beforeTo afterFrom afterTo controlTouchpointIds
  treatedBefore { value n } treatedAfter { value n } controlBefore { value n } controlAfter { value n }
  beforeAfter { method verdict difference low high n } differenceInDifferences { method verdict difference low high n }`;

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let apiToken: string;
let journeyId: string;
let npsId: string;
const tp: Record<string, string> = {};

const as = (ws: TestWorkspace) => ({ token: ws.owner.token, workspaceId: ws.id });

async function post(responses: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < responses.length; i += 1000) {
    const res = await api.http('/api/v1/feedback', { method: 'POST', token: apiToken, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses: responses.slice(i, i + 1000) }) });
    if (res.status >= 300) throw new Error(`feedback refused: ${res.status} ${await res.text()}`);
  }
}

let ext = 0;
/** P promoters (10), Q passives (8), D detractors (3) at a touchpoint at an instant. */
const answers = (touchpointId: string, at: Date, [p, q, d]: readonly [number, number, number], comment?: string) =>
  [...Array(p).fill(10), ...Array(q).fill(8), ...Array(d).fill(3)].map((nps: number) => ({ touchpointId, occurredAt: at.toISOString(), nps, externalId: `x${++ext}`, ...(comment ? { comment } : {}) }));

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
  apiToken = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "survey", scopes: ["feedback:write"] }) { secret } }`, {}, as(a))).createApiToken.secret;
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修 Repair" }) { id } }`, {}, as(a))).createJourney.id;
  const stage = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId, name: 'Repair' } }, as(a));
  for (const name of ['T', 'C1', 'C2', 'S1', 'S2']) {
    const m = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string; name: string }[] }[] } }>(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${MAP} } }`,
      { i: { stageId: stage.addStage.stages[0].id, name } },
      as(a),
    );
    tp[name] = m.addTouchpoint.stages[0].touchpoints.find((t) => t.name === name)!.id;
  }
  // Core metrics are defined on first use: one answer on S2, far from every window below.
  await post(answers(tp.S2, new Date(Date.now() - 900 * DAY), [1, 0, 0]));
  npsId = (await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, as(a))).metricDefinitions.find((d) => d.key === 'nps')!.id;
  // T, C1 and C2 measure NPS (so C1 and C2 are T's default controls); S1 and S2 do not.
  for (const t of ['T', 'C1', 'C2']) {
    await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: tp[t], metrics: [{ metricDefinitionId: npsId }] } }, as(a));
  }
});
afterAll(() => api?.close());

// ---- the test's own arithmetic (DESIGN.md §3), independent of libs/domain ----
type Tri = readonly [number, number, number];
const est = ([p, q, d]: Tri) => {
  const n = p + q + d;
  const P = p / n;
  const D = d / n;
  return { value: 100 * (P - D), variance: (1e4 * (P + D - (P - D) ** 2)) / n, n };
};
const add = (x: Tri, y: Tri): Tri => [x[0] + y[0], x[1] + y[1], x[2] + y[2]];
const judge = (diff: number, se: number) => (Math.abs(diff / se) > 1.96 ? (diff > 0 ? 'improved' : 'worsened') : 'no_significant_change');
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Scenario {
  name: string;
  treated: [Tri, Tri];
  c1: [Tri, Tri];
  c2: [Tri, Tri];
}

/** Creates an action on T, starts it at `start` (noon in Shanghai = 04:00 UTC), finishes it 5 days later, with answers 5 days before and after. */
async function runScenario(s: Scenario, start: number) {
  const done = start + 5 * DAY;
  const before = new Date(start - 5 * DAY);
  const after = new Date(done + 5 * DAY);
  await post([
    ...answers(tp.T, before, s.treated[0]),
    ...answers(tp.T, after, s.treated[1]),
    ...answers(tp.C1, before, s.c1[0]),
    ...answers(tp.C1, after, s.c1[1]),
    ...answers(tp.C2, before, s.c2[0]),
    ...answers(tp.C2, after, s.c2[1]),
  ]);
  const created = await api.gqlOk<{ createImprovementAction: { id: string; version: number } }>(
    `mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id version } }`,
    { i: { title: s.name, touchpointId: tp.T, targetMetricId: npsId, windowDays: 10 } },
    as(a),
  );
  let action = { id: created.createImprovementAction.id, version: 1 };
  for (const [status, at] of [['planned', start - DAY], ['in_progress', start], ['done', done]] as const) {
    const moved = await api.gqlOk<{ moveImprovementAction: { id: string; version: number } }>(
      `mutation($i: MoveImprovementActionInput!) { moveImprovementAction(input: $i) { ${ACTION} } }`,
      { i: { id: action.id, version: action.version, status, effectiveAt: new Date(at).toISOString() } },
      as(a),
    );
    action = moved.moveImprovementAction;
  }
  return action;
}

type Impact = {
  method: string;
  verdict: string;
  n: number;
  beforeFrom: string;
  beforeTo: string;
  afterFrom: string;
  afterTo: string;
  controlTouchpointIds: string[];
  treatedBefore: { value: number; n: number } | null;
  beforeAfter: { verdict: string; difference: number | null; low: number | null; high: number | null; n: number };
  differenceInDifferences: { verdict: string; difference: number | null; low: number | null; high: number | null; n: number } | null;
};
const impactOf = async (id: string) => (await api.gqlOk<{ actionImpact: Impact }>(`query($id: ID!) { actionImpact(id: $id) { ${IMPACT} } }`, { id }, as(a))).actionImpact;

const flat: [Tri, Tri] = [[8, 5, 7], [8, 5, 7]];
const flat2: [Tri, Tri] = [[7, 5, 8], [7, 5, 8]];
const SCENARIOS: Scenario[] = [
  { name: 'improved', treated: [[10, 10, 20], [25, 10, 5]], c1: flat, c2: flat2 },
  // A season-wide rise: the controls rise exactly as much as the treated touchpoint.
  { name: 'season', treated: [[10, 10, 20], [25, 10, 5]], c1: [[5, 5, 10], [12, 5, 3]], c2: [[5, 5, 10], [13, 5, 2]] },
  { name: 'worsened', treated: [[25, 10, 5], [10, 10, 20]], c1: flat, c2: flat2 },
  { name: 'noise', treated: [[15, 10, 15], [17, 10, 13]], c1: flat, c2: flat2 },
  { name: 'thin', treated: [[3, 1, 1], [4, 1, 0]], c1: flat, c2: flat2 },
];
const startOf = (k: number) => Math.floor(Date.now() / DAY) * DAY - (400 - 60 * k) * DAY + 4 * 3_600_000;
const actionIds: Record<string, string> = {};

describe('action impact on constructed roll-ups', () => {
  beforeAll(async () => {
    for (const [k, s] of SCENARIOS.entries()) actionIds[s.name] = (await runScenario(s, startOf(k))).id;
  });

  it.each(SCENARIOS.map((s, k) => [s.name, k] as const))('%s: windows, before/after and difference-in-differences as computed by hand', async (name, k) => {
    const s = SCENARIOS[k];
    const impact = await impactOf(actionIds[name]);
    const start = startOf(k);
    const done = start + 5 * DAY;
    expect([impact.beforeFrom, impact.beforeTo, impact.afterFrom, impact.afterTo]).toEqual([dayOf(start - 10 * DAY), dayOf(start - DAY), dayOf(done + DAY), dayOf(done + 10 * DAY)]);
    expect([...impact.controlTouchpointIds].sort()).toEqual([tp.C1, tp.C2].sort());

    const tb = est(s.treated[0]);
    const ta = est(s.treated[1]);
    const cb = est(add(s.c1[0], s.c2[0]));
    const ca = est(add(s.c1[1], s.c2[1]));
    const n = tb.n + ta.n + cb.n + ca.n;
    expect(impact.n).toBe(n);
    expect(impact.method).toBe('difference_in_differences');
    if (name === 'thin') {
      expect(impact.verdict).toBe('not_enough_data');
      expect(impact.beforeAfter.verdict).toBe('not_enough_data');
      return;
    }
    const ba = ta.value - tb.value;
    const baSe = Math.sqrt(ta.variance + tb.variance);
    expect(impact.beforeAfter.difference).toBeCloseTo(ba, 6);
    expect(impact.beforeAfter.low).toBeCloseTo(ba - 1.959964 * baSe, 3);
    expect(impact.beforeAfter.verdict).toBe(judge(ba, baSe));
    const did = ta.value - tb.value - (ca.value - cb.value);
    const se = Math.sqrt(ta.variance + tb.variance + ca.variance + cb.variance);
    expect(impact.differenceInDifferences?.difference).toBeCloseTo(did, 6);
    expect(impact.differenceInDifferences?.low).toBeCloseTo(did - 1.959964 * se, 3);
    expect(impact.differenceInDifferences?.high).toBeCloseTo(did + 1.959964 * se, 3);
    expect(impact.verdict).toBe(judge(did, se));
    expect(impact.treatedBefore).toEqual({ value: expect.closeTo(tb.value, 6), n: tb.n });
  });

  it('gives each verdict once across the scenarios, and DiD removes the season-wide rise that before/after credits', async () => {
    const verdicts = Object.fromEntries(await Promise.all(SCENARIOS.map(async (s) => [s.name, (await impactOf(actionIds[s.name])).verdict] as const)));
    expect(verdicts).toEqual({ improved: 'improved', season: 'no_significant_change', worsened: 'worsened', noise: 'no_significant_change', thin: 'not_enough_data' });
    const season = await impactOf(actionIds.season);
    expect(season.beforeAfter.verdict).toBe('improved');
    expect(season.differenceInDifferences?.difference).toBeCloseTo(0, 9);
  });

  it('verifies only an action whose measured impact is improved', async () => {
    const move = (id: string, version: number) =>
      api.gql(`mutation($i: MoveImprovementActionInput!) { moveImprovementAction(input: $i) { ${ACTION} } }`, { i: { id, version, status: 'verified' } }, as(a));
    const refused = await move(actionIds.season, 4);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'status', reason: 'impact_not_improved' });
    const ok = await move(actionIds.improved, 4);
    expect(ok.errors).toBeUndefined();
    expect((ok.data as { moveImprovementAction: { status: string; impactVerdict: string; nextStatuses: string[] } }).moveImprovementAction).toMatchObject({ status: 'verified', impactVerdict: 'improved', nextStatuses: [] });
  });
});

describe('status machine', () => {
  const create = async () =>
    (await api.gqlOk<{ createImprovementAction: { id: string } }>(`mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id } }`, { i: { title: 'Fix the hotline', touchpointId: tp.S1, dueDate: '2020-01-01' } }, as(a))).createImprovementAction.id;
  const move = (i: Record<string, unknown>) => api.gql(`mutation($i: MoveImprovementActionInput!) { moveImprovementAction(input: $i) { ${ACTION} } }`, { i }, as(a));

  it('refuses an illegal move naming the field, needs a reason to drop, and flags overdue open actions', async () => {
    const id = await create();
    const skip = await move({ id, version: 1, status: 'done' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'status', reason: 'illegal_transition' });
    expect(skip.errors?.[0]?.message).toMatch(/cannot move from proposed to done/);
    const noReason = await move({ id, version: 1, status: 'dropped' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const overdue = await api.gqlOk<{ improvementActions: { nodes: { id: string }[] } }>(`{ improvementActions(filter: { overdue: true }) { nodes { id } } }`, {}, as(a));
    expect(overdue.improvementActions.nodes.map((n) => n.id)).toEqual([id]);
    const dropped = await move({ id, version: 1, status: 'dropped', reason: 'Merged into the hotline project' });
    expect((dropped.data as { moveImprovementAction: { status: string; dropReason: string; overdue: boolean } }).moveImprovementAction).toMatchObject({ status: 'dropped', dropReason: 'Merged into the hotline project', overdue: false });
    const again = await move({ id, version: 2, status: 'planned' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'status' });
  });

  it('lets a viewer read but not create or move, and keeps other workspaces out', async () => {
    const viewer = await addMember(api, a, 'viewer');
    const opts = { token: viewer.token, workspaceId: a.id };
    const refused = await api.gql(`mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id } }`, { i: { title: 'Nope', touchpointId: tp.S1 } }, opts);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await api.gqlOk<{ improvementActions: { nodes: unknown[] } }>(`{ improvementActions { nodes { id } } }`, {}, opts);
    expect(read.improvementActions.nodes.length).toBeGreaterThan(0);
    const theirs = await api.gqlOk<{ improvementActions: { nodes: unknown[] } }>(`{ improvementActions { nodes { id } } }`, {}, as(b));
    expect(theirs.improvementActions.nodes).toEqual([]);
    const cross = await api.gql(`query($id: ID!) { improvementAction(id: $id) { id } }`, { id: actionIds.improved }, as(b));
    expect(cross.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('pain points from evidence and lineage', () => {
  type Suggestion = { key: string; kind: string; touchpointId: string; value: number; high: number; n: number; reference: number | null; verbatims: { responseId: string; comment: string }[] };
  const SUGGEST = `query($j: ID!) { painPointSuggestions(journeyId: $j) { key kind touchpointId value low high n reference severity verbatims { responseId comment } rootCauses } }`;
  const suggestions = async () => (await api.gqlOk<{ painPointSuggestions: Suggestion[] }>(SUGGEST, { j: journeyId }, as(a))).painPointSuggestions;

  it('suggests a touchpoint whose measured emotion is far below the design, accepts it into a pain point, and traces the lineage to the measured change', async () => {
    // A workspace follow-up rule opens a case for each detractor at S1, so lineage reaches cases and root causes.
    await api.gqlOk(
      `mutation($i: FollowUpRuleInput!) { createFollowUpRule(input: $i) { id } }`,
      { i: { name: 'Detractor at S1', condition: { metric: 'nps', op: 'lte', value: 6 }, touchpointId: tp.S1, slaMinutes: 240, slaBasis: 'ELAPSED' } },
      as(a),
    );
    // 12 detractors scoring 0 with the same comment, 2 days ago, on S1 (designed emotion 0).
    const at = new Date(Date.now() - 2 * DAY);
    await post(Array.from({ length: 12 }, () => ({ touchpointId: tp.S1, occurredAt: at.toISOString(), nps: 0, comment: 'waited three days for the plumber', externalId: `s1-${++ext}` })));
    const found = (await suggestions()).find((s) => s.touchpointId === tp.S1 && s.kind === 'emotion_gap');
    expect(found).toBeDefined();
    // Every answer is identical, so the mean is exact: nps 0 → −1, blended with the comment's sentiment s, × 3.
    expect(found!.n).toBe(12);
    expect(found!.high).toBeLessThanOrEqual(-1);
    expect(found!.reference).toBe(0);
    expect(found!.verbatims.map((v) => v.comment)).toEqual(Array(3).fill('waited three days for the plumber'));

    const accepted = await api.gqlOk<{ acceptPainPointSuggestion: { painPointId: string } }>(
      `mutation($i: AcceptPainPointSuggestionInput!) { acceptPainPointSuggestion(input: $i) { painPointId } }`,
      { i: { journeyId, key: found!.key, title: 'Plumber too slow' } },
      as(a),
    );
    const painPointId = accepted.acceptPainPointSuggestion.painPointId;
    const map = await api.gqlOk<{ journey: { stages: { touchpoints: { id: string; painPoints: { id: string; title: string; source: string; evidenceCount: number }[] }[] }[] } }>(
      `query($id: ID!) { journey(id: $id) { ${MAP} } }`,
      { id: journeyId },
      as(a),
    );
    const pain = map.journey.stages[0].touchpoints.find((t) => t.id === tp.S1)!.painPoints.find((p) => p.id === painPointId);
    expect(pain).toMatchObject({ title: 'Plumber too slow', source: 'feedback', evidenceCount: 12 });
    expect((await suggestions()).some((s) => s.key === found!.key)).toBe(false);

    const action = await api.gqlOk<{ createImprovementAction: { id: string; painPointId: string; touchpointIds: string[] } }>(
      `mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id painPointId touchpointIds } }`,
      { i: { title: 'Second plumber on call', painPointId, targetMetricId: npsId } },
      as(a),
    );
    expect(action.createImprovementAction).toMatchObject({ painPointId, touchpointIds: [tp.S1] });
    // One of the cases is worked and resolved with a root cause.
    const CASES = `query { followUpCases(filter: { scope: ALL }, first: 50) { nodes { id touchpointId } } }`;
    await caseIntakeDrained(api.databaseUrl);
    const caseIds = (await api.gqlOk<{ followUpCases: { nodes: { id: string; touchpointId: string }[] } }>(CASES, {}, as(a))).followUpCases.nodes
      .filter((c) => c.touchpointId === tp.S1)
      .map((c) => c.id);
    expect(caseIds).toHaveLength(12);
    const cause = await api.gqlOk<{ createRootCauseCode: { id: string } }>(`mutation($i: CreateRootCauseCodeInput!) { createRootCauseCode(input: $i) { id } }`, { i: { code: 'no-plumber', label: 'No plumber on call' } }, as(a));
    const UPDATE = `mutation($i: UpdateFollowUpCaseInput!) { updateFollowUpCase(input: $i) { id status } }`;
    await api.gqlOk(UPDATE, { i: { id: caseIds[0], status: 'CONTACTED', outcome: 'Called back' } }, as(a));
    await api.gqlOk(UPDATE, { i: { id: caseIds[0], status: 'RESOLVED', rootCauseCodeId: cause.createRootCauseCode.id } }, as(a));
    const LINEAGE = `query($a: ID, $p: ID, $c: ID) { lineage(actionId: $a, painPointId: $p, caseId: $c) { responses { responseId comment } cases { id } rootCauses painPoint { id title } actions { id } impacts { actionId verdict } } }`;
    type L = { lineage: { responses: { comment: string }[]; cases: unknown[]; rootCauses: string[]; painPoint: { id: string } | null; actions: { id: string }[]; impacts: { actionId: string; verdict: string }[] } };
    // From the action, from its pain point, and from any case of the evidence (here one never worked): the same chain.
    for (const vars of [{ a: action.createImprovementAction.id }, { p: painPointId }, { c: caseIds[5] }]) {
      const l = (await api.gqlOk<L>(LINEAGE, vars, as(a))).lineage;
      expect(l.responses).toHaveLength(12);
      expect(l.cases).toHaveLength(12);
      expect(l.rootCauses).toEqual(['No plumber on call']);
      expect(l.painPoint?.id).toBe(painPointId);
      expect(l.actions.map((x) => x.id)).toEqual([action.createImprovementAction.id]);
      // Not started yet: there is no after window, so no change can be claimed.
      expect(l.impacts).toEqual([{ actionId: action.createImprovementAction.id, verdict: 'not_enough_data' }]);
    }
    const both = await api.gql(LINEAGE, { a: action.createImprovementAction.id, c: caseIds[0] }, as(a));
    expect(both.errors?.[0]?.extensions?.field).toBe('actionId');
    const elsewhere = await api.gql(LINEAGE, { c: caseIds[0] }, as(b));
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A detractor after the pain point was accepted is no evidence of it: its case's chain ends at the case.
    await post([{ touchpointId: tp.S1, occurredAt: new Date().toISOString(), nps: 0, comment: '又漏水了', externalId: `late-${++ext}` }]);
    await caseIntakeDrained(api.databaseUrl);
    const late = (await api.gqlOk<{ followUpCases: { nodes: { id: string; touchpointId: string }[] } }>(CASES, {}, as(a))).followUpCases.nodes.find((c) => c.touchpointId === tp.S1 && !caseIds.includes(c.id));
    const short = (await api.gqlOk<L>(LINEAGE, { c: late!.id }, as(a))).lineage;
    expect(short).toMatchObject({ responses: [{ comment: '又漏水了' }], cases: [{ id: late!.id }], rootCauses: [], painPoint: null, actions: [], impacts: [] });
  });

  it('does not suggest dismissed evidence again, even as more of it arrives', async () => {
    const at = new Date(Date.now() - 3 * DAY);
    const batch = (n: number) => Array.from({ length: n }, () => ({ touchpointId: tp.S2, occurredAt: at.toISOString(), nps: 1, comment: 'nobody called back', externalId: `s2-${++ext}` }));
    await post(batch(11));
    const found = (await suggestions()).find((s) => s.touchpointId === tp.S2 && s.kind === 'emotion_gap');
    expect(found?.n).toBe(11);
    const viewer = await addMember(api, a, 'viewer');
    const refused = await api.gql(`mutation($i: DismissPainPointSuggestionInput!) { dismissPainPointSuggestion(input: $i) }`, { i: { journeyId, key: found!.key } }, { token: viewer.token, workspaceId: a.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await api.gqlOk(`mutation($i: DismissPainPointSuggestionInput!) { dismissPainPointSuggestion(input: $i) }`, { i: { journeyId, key: found!.key } }, as(a));
    await post(batch(5));
    expect((await suggestions()).some((s) => s.key === found!.key)).toBe(false);
  });
});

it('is enforced again by row-level security for any SQL the application role sends', async () => {
  const client = new Client({ connectionString: api.appDatabaseUrl });
  await client.connect();
  try {
    const countIn = async (workspaceId: string) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId]);
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM improvement_action');
      await client.query('COMMIT');
      return Number(rows[0].n);
    };
    expect(await countIn(a.id)).toBeGreaterThan(5);
    expect(await countIn(b.id)).toBe(0);
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM improvement_action');
    expect(Number(rows[0].n)).toBe(0);
  } finally {
    await client.end();
  }
});
