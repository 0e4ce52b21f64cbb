import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * journey(id) keeps assembled maps in memory (JourneyMapCache). These prove that the cache changes
 * nothing about who sees what: a cached map is never answered to another workspace, to someone who
 * is no longer a member, after an edit (here or on another API replica), or after a metric
 * definition it shows changed — and that the cache is really used (fewer statements), so the
 * other assertions exercise it.
 */

const MAP = `id name revision stages { id name touchpoints { id name version momentOfTruth metrics { key target } } }`;
const READ = `query($id: ID!) { journey(id: $id) { ${MAP} } }`;

interface Tp {
  id: string;
  name: string;
  version: number;
  momentOfTruth: boolean;
  metrics: { key: string; target: number | null }[];
}
interface Map {
  id: string;
  name: string;
  revision: number;
  stages: { id: string; name: string; touchpoints: Tp[] }[];
}

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let db: Client;
let journey: Map;
const asOwner = (w: TestWorkspace) => ({ token: w.owner.token, workspaceId: w.id });

async function read(id: string, options = asOwner(a)): Promise<Map> {
  return (await api.gqlOk<{ journey: Map }>(READ, { id }, options)).journey;
}
async function statementsOf<T>(work: () => Promise<T>): Promise<number> {
  api.resetQueryCount();
  await work();
  return api.queryCount();
}

beforeAll(async () => {
  api = await startTestApi();
  a = await createWorkspace(api, undefined, 'Cache A');
  b = await createWorkspace(api, undefined, 'Cache B');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const created = await api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name: 'Cached map' } }, asOwner(a));
  const withStage = await api.gqlOk<{ addStage: Map }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId: created.createJourney.id, name: 'S1' } }, asOwner(a));
  const stageId = withStage.addStage.stages[0].id;
  await api.gqlOk(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id } }`, { i: { stageId, name: 'T1', momentOfTruth: true } }, asOwner(a));
  journey = (await api.gqlOk<{ addTouchpoint: Map }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${MAP} } }`, { i: { stageId, name: 'T2' } }, asOwner(a))).addTouchpoint;
});
afterAll(async () => {
  await db.end();
  await api.close();
});

it('answers an unchanged map from the cache after one version check, with the same content', async () => {
  const cold = await read(journey.id);
  // Warm: the session lookup and the one statement that reads the journey and its version (cold: + touchpoints, insights, metrics).
  let warm: Map | null = null;
  const statements = await statementsOf(async () => void (warm = await read(journey.id)));
  expect(statements).toBe(2);
  expect(warm).toEqual(cold);
  expect(cold.stages[0].touchpoints.map((t) => t.name)).toEqual(['T1', 'T2']);
});

it('never answers a cached map to another workspace guessing its id', async () => {
  await read(journey.id); // cached for workspace A
  const guessed = await api.gql(READ, { id: journey.id }, asOwner(b));
  expect(guessed.data).toBeNull();
  expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  // B's owner naming A's workspace is not a member there.
  const foreign = await api.gql(READ, { id: journey.id }, { token: b.owner.token, workspaceId: a.id });
  expect(foreign.data).toBeNull();
  expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('never answers a cached map to someone who is no longer a member', async () => {
  const viewer = await addMember(api, a, 'viewer');
  const seen = await read(journey.id, { token: viewer.token, workspaceId: a.id });
  expect(seen.id).toBe(journey.id);
  await api.gqlOk(`mutation($u: ID!) { removeMember(userId: $u) { userId } }`, { u: viewer.id }, asOwner(a));
  const after = await api.gql(READ, { id: journey.id }, { token: viewer.token, workspaceId: a.id });
  expect(after.data).toBeNull();
  expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('answers the edited map after an edit (the revision bump is the version)', async () => {
  const before = await read(journey.id);
  await read(journey.id);
  const tp = before.stages[0].touchpoints[1];
  await api.gqlOk(`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`, { i: { id: tp.id, version: tp.version, name: 'T2 renamed' } }, asOwner(a));
  const after = await read(journey.id);
  expect(after.revision).toBe(before.revision + 1);
  expect(after.stages[0].touchpoints.map((t) => t.name)).toEqual(['T1', 'T2 renamed']);
});

it('answers a filtered read apart from the whole map (the filter is part of the key)', async () => {
  await read(journey.id);
  const filtered = await api.gqlOk<{ journey: Map }>(`query($id: ID!) { journey(id: $id, touchpointFilter: { momentsOfTruthOnly: true }) { ${MAP} } }`, { id: journey.id }, asOwner(a));
  expect(filtered.journey.stages[0].touchpoints.map((t) => t.name)).toEqual(['T1']);
  expect((await read(journey.id)).stages[0].touchpoints).toHaveLength(2);
});

it('answers a changed metric definition even though no map edit bumped the revision', async () => {
  const map = await read(journey.id);
  // CSAT exists once used.
  await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: map.stages[0].touchpoints[1].id, csat: 4 } }, asOwner(a));
  const defs = await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, asOwner(a));
  const csat = defs.metricDefinitions.find((d) => d.key === 'csat')!;
  await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: map.stages[0].touchpoints[0].id, metrics: [{ metricDefinitionId: csat.id }] } }, asOwner(a));
  await read(journey.id);
  // A definition's target changed outside the map (as its owner, metrics, or an operator would).
  await db.query(`UPDATE metric_definition SET target = 4.25 WHERE workspace_id = $1 AND id = $2`, [a.id, csat.id]);
  const after = await read(journey.id);
  expect(after.stages[0].touchpoints[0].metrics).toEqual([{ key: 'csat', target: 4.25 }]);
});

it('answers an edit made through another API replica (the version comes from the database)', async () => {
  const replica = await startTestApi({ databaseUrl: api.databaseUrl });
  try {
    const before = await read(journey.id);
    await read(journey.id); // cached on the first replica
    const tp = before.stages[0].touchpoints[0];
    await replica.gqlOk(`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`, { i: { id: tp.id, version: tp.version, name: 'T1 from the other replica' } }, asOwner(a));
    expect((await read(journey.id)).stages[0].touchpoints[0].name).toBe('T1 from the other replica');
  } finally {
    await replica.close();
  }
});
