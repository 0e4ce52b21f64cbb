import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * The console revalidates its map reads with If-None-Match (ETag / 304 Not Modified). These prove a
 * 304 never stands in for an answer the caller may not get now: not in another workspace, not for
 * another role, not after an edit, not after the caller lost access — and that it is really given
 * when nothing changed, so the other assertions exercise it.
 */

const READ = `query JourneyMap($id: ID!) { journey(id: $id) { id name revision stages { id name touchpoints { id name version } } } }`;

interface Map {
  id: string;
  name: string;
  revision: number;
  stages: { id: string; name: string; touchpoints: { id: string; name: string; version: number }[] }[];
}

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let journey: Map;
let journeyB: Map;
const asOwner = (w: TestWorkspace) => ({ token: w.owner.token, workspaceId: w.id });

async function post(id: string, who: { token: string; workspaceId: string }, ifNoneMatch?: string): Promise<{ status: number; etag: string | null; text: string }> {
  const res = await api.http('/graphql', {
    method: 'POST',
    ...who,
    headers: { 'content-type': 'application/json', ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}) },
    body: JSON.stringify({ query: READ, variables: { id } }),
  });
  return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
}

async function createMap(w: TestWorkspace, name: string): Promise<Map> {
  const created = await api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name } }, asOwner(w));
  const withStage = await api.gqlOk<{ addStage: Map }>(`mutation($i: AddStageInput!) { addStage(input: $i) { id stages { id } } }`, { i: { journeyId: created.createJourney.id, name: 'S1' } }, asOwner(w));
  return (
    await api.gqlOk<{ addTouchpoint: Map }>(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id name revision stages { id name touchpoints { id name version } } } }`,
      { i: { stageId: withStage.addStage.stages[0].id, name: 'T1' } },
      asOwner(w),
    )
  ).addTouchpoint;
}

beforeAll(async () => {
  api = await startTestApi();
  a = await createWorkspace(api, undefined, 'ETag A');
  b = await createWorkspace(api, undefined, 'ETag B');
  journey = await createMap(a, 'Tagged map');
  journeyB = await createMap(b, 'Tagged map');
});
afterAll(async () => {
  await api.close();
});

it('tags a map read and answers 304 without a body when the caller already holds that answer', async () => {
  const first = await post(journey.id, asOwner(a));
  expect(first.status).toBe(200);
  expect(first.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  expect((JSON.parse(first.text) as { data: { journey: Map } }).data.journey.name).toBe('Tagged map');

  const again = await post(journey.id, asOwner(a), first.etag!);
  expect(again.status).toBe(304);
  expect(again.text).toBe('');
  expect(again.etag).toBe(first.etag);
  // A weak form of the same tag matches too; another tag gets the whole answer.
  expect((await post(journey.id, asOwner(a), `W/${first.etag}`)).status).toBe(304);
  const other = await post(journey.id, asOwner(a), '"something-else"');
  expect(other.status).toBe(200);
  expect(other.etag).toBe(first.etag);
});

it('never answers 304 after an edit: the edited map comes back with a new tag', async () => {
  const before = await post(journey.id, asOwner(a));
  const tp = journey.stages[0].touchpoints[0];
  const edited = await api.gqlOk<{ updateTouchpoint: { version: number } }>(`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { version } }`, { i: { id: tp.id, version: tp.version, name: 'T1 renamed' } }, asOwner(a));
  journey.stages[0].touchpoints[0].version = edited.updateTouchpoint.version;
  const after = await post(journey.id, asOwner(a), before.etag!);
  expect(after.status).toBe(200);
  expect(after.etag).not.toBe(before.etag);
  expect((JSON.parse(after.text) as { data: { journey: Map } }).data.journey.stages[0].touchpoints[0].name).toBe('T1 renamed');
});

it('never answers 304 across workspaces, even for maps with the same content shape', async () => {
  const tagA = (await post(journey.id, asOwner(a))).etag!;
  // B's owner presenting A's tag: for A's journey id in B, the answer is NOT_FOUND (no tag, no 304) …
  const guessed = await post(journey.id, asOwner(b), tagA);
  expect(guessed.status).toBe(200);
  expect(guessed.etag).toBeNull();
  expect((JSON.parse(guessed.text) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  // … naming A's workspace, B's owner is refused before anything is tagged …
  const foreign = await post(journey.id, { token: b.owner.token, workspaceId: a.id }, tagA);
  expect(foreign.status).not.toBe(304);
  expect(foreign.etag).toBeNull();
  expect(foreign.text).toContain('FORBIDDEN');
  // … and B's own map has its own tag.
  const own = await post(journeyB.id, asOwner(b), tagA);
  expect(own.status).toBe(200);
  expect(own.etag).not.toBe(tagA);
});

it('gives each role its own tag and refuses a member who left, whatever tag they hold', async () => {
  const viewer = await addMember(api, a, 'viewer');
  const asViewer = { token: viewer.token, workspaceId: a.id };
  const ownerTag = (await post(journey.id, asOwner(a))).etag!;
  const viewerRead = await post(journey.id, asViewer, ownerTag);
  expect(viewerRead.status).toBe(200);
  expect(viewerRead.etag).not.toBe(ownerTag);
  expect((await post(journey.id, asViewer, viewerRead.etag!)).status).toBe(304);

  await api.gqlOk(`mutation($u: ID!) { removeMember(userId: $u) { userId } }`, { u: viewer.id }, asOwner(a));
  const gone = await post(journey.id, asViewer, viewerRead.etag!);
  expect(gone.status).not.toBe(304);
  expect(gone.etag).toBeNull();
  expect(gone.text).toContain('FORBIDDEN');
});

it('never tags a mutation', async () => {
  const res = await api.http('/graphql', {
    method: 'POST',
    ...asOwner(a),
    headers: { 'content-type': 'application/json', 'if-none-match': '*' },
    body: JSON.stringify({ query: `mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, variables: { i: { name: 'Another map' } } }),
  });
  expect(res.status).not.toBe(304);
  expect(res.headers.get('etag')).toBeNull();
});
