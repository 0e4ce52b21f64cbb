import fc from 'fast-check';
import { Client } from 'pg';
import { addMember, createWorkspace, startAnswerCacheApis, type AnswerCacheApis, type TestApi, type TestWorkspace } from '@opencx/server-testing';
import { JourneyAnswerCache } from './services/journey-answer.cache';

/**
 * journey(id) keeps whole answers in memory (JourneyAnswerCache), keyed by workspace, role, journey,
 * document and variables, and used only when the database, read as the caller after the access
 * check, gives the same answer version. These prove, over HTTP against real PostgreSQL, that an
 * answer from memory is byte for byte the answer a process without any cache gives, after every
 * kind of edit (through this API, another replica or plain SQL), and that it never reaches another
 * workspace or a former member — and that it is really served from memory, so the rest exercises it.
 */

const DOCUMENT = `query MapAnswer($id: ID!) { journey(id: $id) {
  id name description state shape status version revision createdAt updatedAt ownerTeamId currentStateJourneyId futureStateJourneyIds
  persona { id name version goals } personas { id name version }
  customLanes { key kind nameEn nameZh }
  stages { id name description position version touchpoints {
    id name version position emotion momentOfTruth channel
    laneEntries { laneKey items } personaEmotions { personaId emotion }
    painPoints { id title severity version } opportunities { id title painPointId version }
    metrics { definitionId key nameEn target targetOverride }
  } }
} }`;

interface Tp {
  id: string;
  name: string;
  version: number;
  painPoints: { id: string; title: string }[];
  opportunities: { id: string; title: string }[];
  laneEntries: { laneKey: string; items: string[] }[];
  personaEmotions: { personaId: string; emotion: number }[];
  metrics: { key: string; target: number | null }[];
}
interface Answer {
  journey: {
    id: string;
    name: string;
    version: number;
    persona: { id: string; name: string; version: number } | null;
    personas: { id: string; name: string; version: number }[];
    customLanes: { key: string; nameEn: string }[];
    stages: { id: string; name: string; version: number; touchpoints: Tp[] }[];
  };
}
type Who = { token: string; workspaceId: string };

let apis: AnswerCacheApis;
let api: TestApi; // caches as in production
let replica: TestApi; // a second API on the same database, with its own caches
let fresh: TestApi; // no answer cache, no tree cache: every answer built from the database
let a: TestWorkspace;
let b: TestWorkspace;
let db: Client;
let journeyId: string;
let personaId: string;
let csatId: string;
const asOwner = (w: TestWorkspace): Who => ({ token: w.owner.token, workspaceId: w.id });

async function body(on: TestApi, id: string, who: Who): Promise<string> {
  const res = await on.http('/graphql', { method: 'POST', ...who, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DOCUMENT, variables: { id }, operationName: 'MapAnswer' }) });
  expect(res.status).toBe(200);
  return res.text();
}
const cacheOf = (on: TestApi) => on.app.get(JourneyAnswerCache, { strict: false });

/** Reads through `on` until its answer comes from memory, and returns that answer (proving the cache served it). */
async function servedFromMemory(on: TestApi, id: string, who: Who): Promise<string> {
  await body(on, id, who); // kept (or already current)
  const before = cacheOf(on).counts.served;
  const text = await body(on, id, who);
  expect(cacheOf(on).counts.served).toBe(before + 1);
  return text;
}
const map = async (on: TestApi = fresh): Promise<Answer['journey']> => (JSON.parse(await body(on, journeyId, asOwner(a))) as { data: Answer }).data.journey;
const tpOf = async (i = 0) => (await map()).stages[0].touchpoints[i];
const edit = (mutation: string, input: Record<string, unknown>, on: TestApi = api) => on.gqlOk(`mutation($i: ${mutation}) { ${mutationName(mutation)}(input: $i) { id } }`, { i: input }, asOwner(a));
function mutationName(signature: string): string {
  const input = signature.replace(/Input!$/, '');
  return input.charAt(0).toLowerCase() + input.slice(1);
}

beforeAll(async () => {
  apis = await startAnswerCacheApis({ OPENCX_MAP_ANSWER_CACHE_BYTES: '0', OPENCX_MAP_TREE_CACHE_ENTRIES: '0' });
  ({ fresh, api, replica } = apis);
  a = await createWorkspace(api, undefined, 'Answers A');
  b = await createWorkspace(api, undefined, 'Answers B');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  personaId = (await api.gqlOk<{ createPersona: { id: string } }>(`mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }`, { i: { name: 'Mei', goals: ['Quick answers'] } }, asOwner(a))).createPersona.id;
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name: 'Answered map', personaId } }, asOwner(a))).createJourney.id;
  const stageId = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId, name: 'Browse' } }, asOwner(a))).addStage.stages[0].id;
  for (const name of ['Search', 'Compare', 'Ask']) await edit('AddTouchpointInput!', { stageId, name });
  // A CSAT definition exists once CSAT is answered.
  await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: (await tpOf(2)).id, csat: 4 } }, asOwner(a));
  csatId = (await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, asOwner(a))).metricDefinitions.find((d) => d.key === 'csat')?.id ?? '';
  expect(csatId).not.toBe('');
});
afterAll(async () => {
  await db?.end();
  await apis?.close();
});

it('serves an unchanged map from memory after the session and one version read, byte for byte the uncached answer', async () => {
  const expected = await body(fresh, journeyId, asOwner(a));
  await body(api, journeyId, asOwner(a));
  api.resetQueryCount();
  const cached = await servedFromMemory(api, journeyId, asOwner(a));
  // Two reads since the reset: the keeping one (already current: 2) and the served one (2).
  expect(api.queryCount()).toBe(4);
  // The version check goes with its read-only transaction and tenant setting as one message: no control round trip of its own.
  expect(api.controlCount()).toBe(0);
  expect(cached).toBe(expected);
  expect((JSON.parse(cached) as { data: Answer }).data.journey.stages[0].touchpoints.map((t) => t.name)).toEqual(['Search', 'Compare', 'Ask']);
});

it('costs at most five statements cold, also when many read at once, and reads a missing map only once', async () => {
  const id = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name: 'Cold map' } }, asOwner(a))).createJourney.id;
  await api.gqlOk(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: id, name: 'Only' } }, asOwner(a));
  // One cold read: the session, then the journey (+ version), touchpoints, insights and metric bindings.
  api.resetQueryCount();
  await body(api, id, asOwner(a));
  expect(api.queryCount()).toBe(5);
  // Twelve at once after an edit (the tree and the answer are both stale): none reads twice. Each
  // first checks the kept answer's version in one round trip (found stale), then reads as a cold read
  // does: at most six each.
  await api.gqlOk(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: id, name: 'Second' } }, asOwner(a));
  api.resetQueryCount();
  const answers = await Promise.all(Array.from({ length: 12 }, () => body(api, id, asOwner(a))));
  expect(api.queryCount()).toBeLessThanOrEqual(12 * 6);
  expect(new Set(answers).size).toBe(1);
  // A journey that is not there: the session and one read, answered NOT_FOUND as before.
  api.resetQueryCount();
  const missing = await api.gql(DOCUMENT, { id: '00000000-0000-4000-8000-000000000000' }, asOwner(a));
  expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(api.queryCount()).toBe(2);
});

it('never serves a cached map to another workspace, nor to a member of another workspace naming it', async () => {
  await servedFromMemory(api, journeyId, asOwner(a));
  const guessed = await api.gql(DOCUMENT, { id: journeyId }, asOwner(b));
  expect(guessed.data).toBeNull();
  expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const foreignOwner = await api.gql(DOCUMENT, { id: journeyId }, { token: b.owner.token, workspaceId: a.id });
  expect(foreignOwner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const viewerOfB = await addMember(api, b, 'viewer');
  expect((await api.gql(DOCUMENT, { id: journeyId }, { token: viewerOfB.token, workspaceId: a.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await api.gql(DOCUMENT, { id: journeyId }, { token: viewerOfB.token, workspaceId: b.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

it('never serves a cached map to someone who lost their membership', async () => {
  const viewer = await addMember(api, a, 'viewer');
  const who = { token: viewer.token, workspaceId: a.id };
  expect(await servedFromMemory(api, journeyId, who)).toBe(await body(fresh, journeyId, who));
  await api.gqlOk(`mutation($u: ID!) { removeMember(userId: $u) { userId } }`, { u: viewer.id }, asOwner(a));
  const after = await api.gql(DOCUMENT, { id: journeyId }, who);
  expect(after.data).toBeNull();
  expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

/** One edit of each kind of row the answer is made of, and what the map shows after it. */
const EDITS: { kind: string; apply: () => Promise<void>; shows: (m: Answer['journey']) => boolean }[] = [
  {
    kind: 'touchpoint rename',
    apply: async () => void (await edit('UpdateTouchpointInput!', { id: (await tpOf()).id, version: (await tpOf()).version, name: 'Search again' })),
    shows: (m) => m.stages[0].touchpoints[0].name === 'Search again',
  },
  {
    kind: 'pain point added',
    apply: async () => void (await edit('AddPainPointInput!', { touchpointId: (await tpOf(1)).id, title: 'Prices hidden', severity: 4 })),
    shows: (m) => m.stages[0].touchpoints[1].painPoints.some((p) => p.title === 'Prices hidden'),
  },
  {
    kind: 'opportunity added',
    apply: async () => void (await edit('AddOpportunityInput!', { touchpointId: (await tpOf(1)).id, title: 'Show prices' })),
    shows: (m) => m.stages[0].touchpoints[1].opportunities.some((o) => o.title === 'Show prices'),
  },
  {
    kind: 'stage rename',
    apply: async () => {
      const stage = (await map()).stages[0];
      await edit('UpdateStageInput!', { id: stage.id, version: stage.version, name: 'Browse & buy' });
    },
    shows: (m) => m.stages[0].name === 'Browse & buy',
  },
  {
    kind: 'custom lane added',
    apply: async () => void (await edit('SetJourneyLanesInput!', { journeyId, lanes: [{ kind: 'text', nameEn: 'Systems', nameZh: '系统' }] })),
    shows: (m) => m.customLanes.map((l) => l.nameEn).join() === 'Systems',
  },
  {
    kind: 'lane entry',
    apply: async () => void (await edit('SetTouchpointLaneItemsInput!', { touchpointId: (await tpOf()).id, laneKey: (await map()).customLanes[0].key, items: ['CRM'] })),
    shows: (m) => m.stages[0].touchpoints[0].laneEntries.some((e) => e.items.join() === 'CRM'),
  },
  {
    kind: 'metric binding',
    apply: async () => void (await edit('SetTouchpointMetricsInput!', { touchpointId: (await tpOf()).id, metrics: [{ metricDefinitionId: csatId, targetOverride: 4.5 }] })),
    shows: (m) => m.stages[0].touchpoints[0].metrics.some((x) => x.key === 'csat'),
  },
  {
    kind: 'metric definition changed outside the map (plain SQL)',
    apply: async () => void (await db.query(`UPDATE metric_definition SET name_en = 'Satisfaction (5-point)' WHERE workspace_id = $1 AND id = $2`, [a.id, csatId])),
    shows: (m) => JSON.stringify(m).includes('Satisfaction (5-point)'),
  },
  {
    kind: 'primary persona edited',
    apply: async () => {
      const persona = (await map()).persona;
      await api.gqlOk(`mutation($i: UpdatePersonaInput!) { updatePersona(input: $i) { id } }`, { i: { id: persona?.id, version: persona?.version, name: 'Mei Lin' } }, asOwner(a));
    },
    shows: (m) => m.persona?.name === 'Mei Lin',
  },
  {
    kind: 'further persona and its emotion',
    apply: async () => {
      const other = (await api.gqlOk<{ createPersona: { id: string } }>(`mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }`, { i: { name: 'Tao' } }, asOwner(a))).createPersona.id;
      await edit('SetJourneyPersonasInput!', { journeyId, personaIds: [other] });
      await edit('SetTouchpointPersonaEmotionInput!', { touchpointId: (await tpOf(2)).id, personaId: other, emotion: -2 });
    },
    shows: (m) => m.personas.map((p) => p.name).join() === 'Tao' && m.stages[0].touchpoints[2].personaEmotions.some((e) => e.emotion === -2),
  },
  {
    kind: 'journey renamed through the other replica',
    apply: async () => void (await edit('UpdateJourneyInput!', { id: journeyId, version: (await map()).version, name: 'Answered map v2' }, replica)),
    shows: (m) => m.name === 'Answered map v2',
  },
  {
    kind: 'touchpoint changed by plain SQL (no API code path)',
    apply: async () => void (await db.query(`UPDATE touchpoint SET name = 'Ask a human' WHERE workspace_id = $1 AND journey_id = $2 AND position = 2`, [a.id, journeyId])),
    shows: (m) => m.stages[0].touchpoints[2].name === 'Ask a human',
  },
  {
    kind: 'pain point deleted',
    apply: async () => void (await api.gqlOk(`mutation($id: ID!) { deletePainPoint(id: $id) { id } }`, { id: (await tpOf(1)).painPoints[0].id }, asOwner(a))),
    shows: (m) => m.stages[0].touchpoints[1].painPoints.length === 0,
  },
];

it.each(EDITS.map((e) => [e.kind, e] as const))('serves the edited map after a %s, equal to the uncached answer', async (_kind, e) => {
  const before = await servedFromMemory(api, journeyId, asOwner(a));
  expect(e.shows((JSON.parse(before) as { data: Answer }).data.journey)).toBe(false);
  await e.apply();
  const after = await body(api, journeyId, asOwner(a));
  expect(after).not.toBe(before);
  expect(after).toBe(await body(fresh, journeyId, asOwner(a)));
  expect(e.shows((JSON.parse(after) as { data: Answer }).data.journey)).toBe(true);
  // And once kept again, memory serves the new answer.
  expect(await servedFromMemory(api, journeyId, asOwner(a))).toBe(after);
});

it('a comment on the map is not part of its answer: the cached answer stays equal to the uncached one', async () => {
  const before = await servedFromMemory(api, journeyId, asOwner(a));
  await api.gqlOk(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { journeyId, targetKind: 'TOUCHPOINT', targetId: (await tpOf()).id, body: 'Check the search box' } }, asOwner(a));
  const after = await body(api, journeyId, asOwner(a));
  expect(after).toBe(await body(fresh, journeyId, asOwner(a)));
  expect(after).toBe(before);
});

it('two API replicas on one database serve each other’s edits', async () => {
  await servedFromMemory(api, journeyId, asOwner(a));
  await servedFromMemory(replica, journeyId, asOwner(a));
  const tp = await tpOf(1);
  await edit('UpdateTouchpointInput!', { id: tp.id, version: tp.version, name: 'Compare on the replica' }, replica);
  expect((await map(api)).stages[0].touchpoints[1].name).toBe('Compare on the replica');
  const again = await tpOf(1);
  await edit('UpdateTouchpointInput!', { id: again.id, version: again.version, name: 'Compare here' }, api);
  expect((await map(replica)).stages[0].touchpoints[1].name).toBe('Compare here');
  expect(await body(replica, journeyId, asOwner(a))).toBe(await body(fresh, journeyId, asOwner(a)));
});

it('after random sequences of edits on either replica, every cached answer equals a fresh uncached answer byte for byte', async () => {
  const tpEdit = fc.record({ on: fc.constantFrom('api', 'replica'), touchpoint: fc.integer({ min: 0, max: 2 }), what: fc.constantFrom('rename', 'emotion', 'pain', 'opportunity', 'moment', 'lane'), n: fc.integer({ min: 0, max: 999 }) });
  let served = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(tpEdit, { minLength: 1, maxLength: 5 }), async (steps) => {
      for (const step of steps) {
        const on = step.on === 'api' ? api : replica;
        const tp = await tpOf(step.touchpoint);
        if (step.what === 'rename') await edit('UpdateTouchpointInput!', { id: tp.id, version: tp.version, name: `Step ${step.n}` }, on);
        if (step.what === 'emotion') await edit('UpdateTouchpointInput!', { id: tp.id, version: tp.version, emotion: (step.n % 7) - 3 }, on);
        if (step.what === 'moment') await edit('UpdateTouchpointInput!', { id: tp.id, version: tp.version, momentOfTruth: step.n % 2 === 0 }, on);
        if (step.what === 'pain') await edit('AddPainPointInput!', { touchpointId: tp.id, title: `Pain ${step.n}`, severity: 1 + (step.n % 5) }, on);
        if (step.what === 'opportunity') await edit('AddOpportunityInput!', { touchpointId: tp.id, title: `Idea ${step.n}` }, on);
        if (step.what === 'lane') await edit('SetTouchpointLaneItemsInput!', { touchpointId: tp.id, laneKey: (await map()).customLanes[0].key, items: [`Item ${step.n}`] }, on);
        const expected = await body(fresh, journeyId, asOwner(a));
        for (const reader of [api, replica]) {
          expect(await body(reader, journeyId, asOwner(a))).toBe(expected);
          const before = cacheOf(reader).counts.served;
          expect(await body(reader, journeyId, asOwner(a))).toBe(expected);
          served += cacheOf(reader).counts.served - before;
        }
      }
    }),
    { numRuns: 6, seed: 1406 },
  );
  expect(served).toBeGreaterThan(0);
});
