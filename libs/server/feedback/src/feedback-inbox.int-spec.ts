import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * The feedback inbox over HTTP against real PostgreSQL: keyset pages that return every response
 * exactly once newest first, each filter against the answers this test sent, names of where each
 * response was given (batched), tenant isolation, roles, and opening a pain point from a verbatim.
 */

interface Item {
  id: string;
  occurredAt: string;
  touchpointId: string;
  touchpointName: string | null;
  stageName: string | null;
  journeyName: string | null;
  siteName: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  sentiment: number | null;
  tags: string[];
  source: string;
}
interface Page {
  nodes: Item[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const FEEDBACK = `query($filter: FeedbackFilterInput, $first: Int, $after: String) {
  feedback(filter: $filter, first: $first, after: $after) {
    nodes { id occurredAt touchpointId touchpointName stageName journeyName siteName nps csat ces comment sentiment tags source }
    pageInfo { hasNextPage endCursor }
  }
}`;

let api: TestApi;
let db: Client;
let a: TestWorkspace;
let b: TestWorkspace;
let viewer: TestUser;
let editor: TestUser;
let apiToken: string;
let journeyId = '';
const stage: Record<'S1' | 'S2', string> = { S1: '', S2: '' };
const tp: Record<'T1' | 'T2' | 'T3', string> = { T1: '', T2: '', T3: '' };
let bTouchpoint = '';

const as = (ws: TestWorkspace, user?: TestUser) => ({ token: (user ?? ws.owner).token, workspaceId: ws.id });

interface Sent {
  tp: 'T1' | 'T2' | 'T3';
  site: 'north' | 'south' | null;
  occurredAt: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  tags: string[];
  externalId: string;
}

/** 130 answers over five days; every fifth shares its instant with the previous one, so the id breaks ties. */
const sent: Sent[] = Array.from({ length: 130 }, (_, i): Sent => {
  const minute = i % 5 === 4 ? i - 1 : i;
  return {
    tp: (['T1', 'T2', 'T3'] as const)[i % 3],
    site: (['north', 'south', null] as const)[i % 4 === 3 ? 2 : i % 2],
    occurredAt: new Date(Date.UTC(2026, 10, 20, 8) + minute * 50 * 60e3).toISOString(),
    nps: i % 7 === 6 ? null : i % 11,
    csat: i % 2 ? 1 + (i % 5) : null,
    ces: i % 3 === 0 ? 1 + (i % 7) : null,
    comment: i % 4 === 0 ? `维修师傅 response ${i}: ${i % 8 === 0 ? '电梯 lift was slow 100%_off' : 'all good'}` : i % 4 === 1 ? null : `Comment ${i}`,
    tags: i % 6 === 0 ? ['电梯', 'speed'] : i % 6 === 1 ? ['保洁'] : [],
    externalId: `inbox-${i}`,
  };
});
const nps = (x: Sent, lo: number, hi: number) => x.nps !== null && x.nps >= lo && x.nps <= hi;

async function all(filter: Record<string, unknown> = {}, ws = a, user?: TestUser, first = 50): Promise<Item[]> {
  const out: Item[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: { feedback: Page } = await api.gqlOk<{ feedback: Page }>(FEEDBACK, { filter, first, after }, as(ws, user));
    out.push(...page.feedback.nodes);
    if (!page.feedback.pageInfo.hasNextPage) return out;
    after = page.feedback.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}
const idsOf = (items: Item[]) => items.map((x) => x.id);
const externalIdOf = new Map<string, string>();
const sentOf = (items: Item[]) => items.map((x) => externalIdOf.get(x.id)).sort();
const expected = (pick: (x: Sent) => boolean) => sent.filter(pick).map((x) => x.externalId).sort();

beforeAll(async () => {
  api = await startTestApi();
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  [a, b] = [await createWorkspace(api, undefined, 'Inbox A'), await createWorkspace(api, undefined, 'Inbox B')];
  viewer = await addMember(api, a, 'viewer');
  editor = await addMember(api, a, 'editor');

  const map = `id stages { id name touchpoints { id name } }`;
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修 Repair" }) { id } }`, {}, as(a))).createJourney.id;
  for (const s of ['S1', 'S2'] as const) {
    const m = await api.gqlOk<{ addStage: { stages: { id: string; name: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId, name: s } }, as(a));
    stage[s] = m.addStage.stages.find((x) => x.name === s)!.id;
  }
  for (const [t, s] of [['T1', 'S1'], ['T2', 'S1'], ['T3', 'S2']] as const) {
    const m = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string; name: string }[] }[] } }>(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${map} } }`,
      { i: { stageId: stage[s], name: t } },
      as(a),
    );
    tp[t] = m.addTouchpoint.stages.flatMap((x) => x.touchpoints).find((x) => x.name === t)!.id;
  }
  for (const code of ['north', 'south']) {
    await api.gqlOk(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { code, name: `${code} 小区` } }, as(a));
  }
  apiToken = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "survey", scopes: ["feedback:write"] }) { secret } }`, {}, as(a))).createApiToken.secret;
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token: apiToken,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      source: 'wjx',
      responses: sent.map((x) => ({ touchpointId: tp[x.tp], site: x.site ?? undefined, occurredAt: x.occurredAt, nps: x.nps, csat: x.csat, ces: x.ces, comment: x.comment ?? undefined, tags: x.tags, externalId: x.externalId })),
    }),
  });
  expect(res.status).toBe(201);
  for (const row of (await db.query(`SELECT id, external_id FROM feedback_response WHERE workspace_id = $1`, [a.id])).rows) externalIdOf.set(row.id, row.external_id);
  expect(externalIdOf.size).toBe(130);
  // The test fixes every stored sentiment itself (ingestion scores comments too), so each band is known.
  await db.query(`UPDATE feedback_response SET sentiment = CASE WHEN nps IS NULL THEN NULL WHEN nps <= 3 THEN -0.8 WHEN nps >= 8 THEN 0.7 ELSE 0 END WHERE workspace_id = $1`, [a.id]);

  // Workspace B has its own map and answers, which A never sees.
  const bj = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "B journey" }) { id } }`, {}, as(b))).createJourney.id;
  const bs = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId: bj, name: 'B stage' } }, as(b))).addStage.stages[0].id;
  bTouchpoint = (
    await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id } } } }`, { i: { stageId: bs, name: 'B tp' } }, as(b))
  ).addTouchpoint.stages[0].touchpoints[0].id;
  await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: bTouchpoint, nps: 2, comment: 'B secret complaint' } }, as(b));
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('feedback inbox', () => {
  it('pages through every response exactly once, newest first, ties broken by id', async () => {
    const items = await all({}, a, undefined, 17);
    expect(items).toHaveLength(130);
    expect(new Set(idsOf(items)).size).toBe(130);
    expect(sentOf(items)).toEqual(expected(() => true));
    const order = await db.query(`SELECT id FROM feedback_response WHERE workspace_id = $1 ORDER BY occurred_at DESC, id DESC`, [a.id]);
    expect(idsOf(items)).toEqual(order.rows.map((r) => r.id));
  });

  it('neither skips nor repeats when newer feedback arrives between pages', async () => {
    const first = await api.gqlOk<{ feedback: Page }>(FEEDBACK, { filter: { touchpointId: tp.T2 }, first: 10 }, as(a));
    const late = await api.gqlOk<{ submitFeedback: { id: string } }>(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: tp.T2, nps: 10 } }, as(a, editor));
    const rest = await all({ touchpointId: tp.T2 }, a, undefined, 200).then((xs) => xs.filter((x) => x.id !== late.submitFeedback.id));
    const after = await api.gqlOk<{ feedback: Page }>(FEEDBACK, { filter: { touchpointId: tp.T2 }, first: 200, after: first.feedback.pageInfo.endCursor }, as(a));
    expect([...idsOf(first.feedback.nodes), ...idsOf(after.feedback.nodes)]).toEqual(idsOf(rest));
    expect(idsOf(after.feedback.nodes)).not.toContain(late.submitFeedback.id);
    await db.query(`DELETE FROM feedback_response WHERE workspace_id = $1 AND id = $2`, [a.id, late.submitFeedback.id]);
  });

  it('names the touchpoint, stage, journey and site of each response', async () => {
    const items = await all();
    const byExternal = new Map(sent.map((x) => [x.externalId, x]));
    for (const item of items) {
      const x = byExternal.get(externalIdOf.get(item.id) as string) as Sent;
      expect(item).toMatchObject({ touchpointId: tp[x.tp], touchpointName: x.tp, stageName: x.tp === 'T3' ? 'S2' : 'S1', journeyName: '报修 Repair', siteName: x.site ? `${x.site} 小区` : null, nps: x.nps, comment: x.comment, source: 'wjx' });
      // The caller's tags come first; topic tags found in the comment follow (text analytics on ingestion).
      expect(item.tags.slice(0, x.tags.length)).toEqual(x.tags);
    }
  });

  it('reads a page in the same number of statements whatever its size (names are batched)', async () => {
    api.resetQueryCount();
    await api.gqlOk(FEEDBACK, { first: 3 }, as(a));
    const small = api.queryCount();
    api.resetQueryCount();
    await api.gqlOk(FEEDBACK, { first: 120 }, as(a));
    expect(api.queryCount()).toBe(small);
  });

  it.each([
    ['journey', () => ({ journeyId }), () => true],
    ['stage', () => ({ stageId: stage.S1 }), (x: Sent) => x.tp !== 'T3'],
    ['stage and touchpoint', () => ({ stageId: stage.S1, touchpointId: tp.T2 }), (x: Sent) => x.tp === 'T2'],
    ['touchpoint outside the stage', () => ({ stageId: stage.S2, touchpointId: tp.T1 }), () => false],
    ['touchpoint', () => ({ touchpointId: tp.T3 }), (x: Sent) => x.tp === 'T3'],
    ['NPS detractors', () => ({ scoreBand: 'NPS_DETRACTOR' }), (x: Sent) => nps(x, 0, 6)],
    ['NPS passives', () => ({ scoreBand: 'NPS_PASSIVE' }), (x: Sent) => nps(x, 7, 8)],
    ['NPS promoters', () => ({ scoreBand: 'NPS_PROMOTER' }), (x: Sent) => nps(x, 9, 10)],
    ['CSAT low', () => ({ scoreBand: 'CSAT_LOW' }), (x: Sent) => x.csat !== null && x.csat <= 3],
    ['CSAT high', () => ({ scoreBand: 'CSAT_HIGH' }), (x: Sent) => x.csat !== null && x.csat >= 4],
    ['CES low', () => ({ scoreBand: 'CES_LOW' }), (x: Sent) => x.ces !== null && x.ces <= 4],
    ['CES high', () => ({ scoreBand: 'CES_HIGH' }), (x: Sent) => x.ces !== null && x.ces >= 5],
    ['negative sentiment', () => ({ sentiment: 'NEGATIVE' }), (x: Sent) => nps(x, 0, 3)],
    ['neutral sentiment', () => ({ sentiment: 'NEUTRAL' }), (x: Sent) => nps(x, 4, 7)],
    ['positive sentiment', () => ({ sentiment: 'POSITIVE' }), (x: Sent) => nps(x, 8, 10)],
    ['tag', () => ({ tag: '电梯' }), (x: Sent) => x.tags.includes('电梯')],
    ['date range', () => ({ from: '2026-11-21T00:00:00Z', to: '2026-11-22T12:00:00+08:00' }), (x: Sent) => x.occurredAt >= '2026-11-21T00:00:00.000Z' && x.occurredAt < '2026-11-22T04:00:00.000Z'],
    ['text search, case-insensitive', () => ({ search: 'LIFT' }), (x: Sent) => !!x.comment?.includes('lift')],
    ['text search with LIKE wildcards taken literally', () => ({ search: 'lift%slow' }), (x: Sent) => !!x.comment?.includes('lift%slow')],
    ['text search with a literal percent sign', () => ({ search: '100%_off' }), (x: Sent) => !!x.comment?.includes('100%_off')],
    ['text search in Chinese', () => ({ search: '维修师傅' }), (x: Sent) => !!x.comment?.includes('维修师傅')],
    ['several criteria at once', () => ({ touchpointId: tp.T1, scoreBand: 'NPS_DETRACTOR', search: 'response' }), (x: Sent) => x.tp === 'T1' && nps(x, 0, 6) && !!x.comment?.includes('response')],
  ] as const)('filters by %s', async (_name, filter, pick) => {
    const want = expected(pick as (x: Sent) => boolean);
    const got = sentOf(await all(filter(), a, undefined, 40));
    expect(got).toEqual(want);
    if (!['touchpoint outside the stage', 'journey', 'text search with LIKE wildcards taken literally'].includes(_name)) expect(want.length).toBeGreaterThan(0);
  });

  it('names the bad filter field', async () => {
    const res = await api.gql(FEEDBACK, { filter: { from: '2026-11-22T00:00:00Z', to: '2026-11-21T00:00:00Z' } }, as(a));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const cursor = await api.gql(FEEDBACK, { after: 'not-a-cursor' }, as(a));
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps each workspace to its own responses', async () => {
    const theirs = await all({}, b);
    expect(theirs.map((x) => x.comment)).toEqual(['B secret complaint']);
    expect(await all({ touchpointId: tp.T1 }, b)).toEqual([]);
    expect(await all({ search: 'B secret' }, a)).toEqual([]);
    expect(await all({ touchpointId: bTouchpoint }, a)).toEqual([]);
  });

  it('lets a viewer read the inbox but not open pain points', async () => {
    const items = await all({}, a, viewer);
    expect(items).toHaveLength(130);
    const res = await api.gql(`mutation($i: OpenPainPointFromFeedbackInput!) { openPainPointFromFeedback(input: $i) { id } }`, { i: { responseId: items[0].id } }, as(a, viewer));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('opening a pain point from a response', () => {
  const OPEN = `mutation($i: OpenPainPointFromFeedbackInput!) {
    openPainPointFromFeedback(input: $i) { id stages { touchpoints { id painPoints { id title description severity source evidenceCount } } } }
  }`;
  interface Pain {
    id: string;
    title: string;
    description: string;
    severity: number;
    source: string;
    evidenceCount: number;
  }

  it('puts the comment on the map as a feedback pain point with one piece of evidence, audited', async () => {
    const [item] = await all({ search: '电梯 lift was slow', touchpointId: tp.T1 });
    const out = await api.gqlOk<{ openPainPointFromFeedback: { id: string; stages: { touchpoints: { id: string; painPoints: Pain[] }[] }[] } }>(OPEN, { i: { responseId: item.id, severity: 4 } }, as(a, editor));
    expect(out.openPainPointFromFeedback.id).toBe(journeyId);
    const pains = out.openPainPointFromFeedback.stages.flatMap((s) => s.touchpoints).find((t) => t.id === tp.T1)?.painPoints ?? [];
    expect(pains).toHaveLength(1);
    expect(pains[0]).toMatchObject({ title: item.comment, description: item.comment, severity: 4, source: 'feedback', evidenceCount: 1 });

    // The map, read afresh, shows it; the change is audited under the editor's name.
    const map = await api.gqlOk<{ journey: { stages: { touchpoints: { id: string; painPoints: { id: string }[] }[] }[] } }>(`query($id: ID!) { journey(id: $id) { stages { touchpoints { id painPoints { id } } } } }`, { id: journeyId }, as(a, viewer));
    expect(map.journey.stages.flatMap((s) => s.touchpoints).find((t) => t.id === tp.T1)?.painPoints.map((p) => p.id)).toEqual([pains[0].id]);
    const audit = await db.query(`SELECT action, actor_user_id FROM audit_event WHERE workspace_id = $1 AND entity_id = $2`, [a.id, pains[0].id]);
    expect(audit.rows).toEqual([{ action: 'painPoint.add', actor_user_id: editor.id }]);
  });

  it('takes the given title for a response without comment, and refuses unknown or foreign responses', async () => {
    const [silent] = await all({ touchpointId: tp.T2, search: undefined }).then((xs) => xs.filter((x) => x.comment === null && x.nps !== null));
    const out = await api.gqlOk<{ openPainPointFromFeedback: { stages: { touchpoints: { id: string; painPoints: Pain[] }[] }[] } }>(OPEN, { i: { responseId: silent.id, title: ' Slow reply ' } }, as(a, editor));
    const pain = out.openPainPointFromFeedback.stages.flatMap((s) => s.touchpoints).find((t) => t.id === tp.T2)?.painPoints[0];
    expect(pain).toMatchObject({ title: 'Slow reply', description: '', severity: 3, source: 'feedback', evidenceCount: 1 });

    const [theirs] = await all({}, b);
    const foreign = await api.gql(OPEN, { i: { responseId: theirs.id } }, as(a, editor));
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'responseId' });
    const painsOfB = await db.query(`SELECT count(*)::int AS n FROM pain_point WHERE workspace_id = $1`, [b.id]);
    expect(painsOfB.rows[0].n).toBe(0);
    const bad = await api.gql(OPEN, { i: { responseId: silent.id, severity: 9 } }, as(a, editor));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'severity' });
  });
});
