import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * One person's burst of edits is one revision in history (a 2-minute edit used to make 21), yet
 * nothing is lost: the grouped revision diffs as the sum of its edits and restores exactly — every
 * row the journey owns, read straight from PostgreSQL, column by column.
 */

const MAP = `id version revision stages { id name version touchpoints { id name version painPoints { id } } }`;
interface Map {
  id: string;
  version: number;
  revision: number;
  stages: { id: string; name: string; version: number; touchpoints: { id: string; name: string; version: number; painPoints: { id: string }[] }[] }[];
}
interface Revision {
  revision: number;
  action: string;
  editCount: number;
  actorUserId: string | null;
}
type Rows = Record<string, Record<string, unknown>[]>;

const OWNED: Record<string, { where: string; order: string }> = {
  journey: { where: 'id', order: 'id' },
  stage: { where: 'journey_id', order: 'id' },
  touchpoint: { where: 'journey_id', order: 'id' },
  pain_point: { where: 'journey_id', order: 'id' },
  opportunity: { where: 'journey_id', order: 'id' },
  touchpoint_metric: { where: 'journey_id', order: 'touchpoint_id, metric_definition_id' },
};
/** Optimistic-concurrency and change-tracking columns move forward by design on a restore. */
const TRACKING = (table: string) => (table === 'journey' ? ['version', 'revision', 'content_version', 'updated_at'] : ['version']);

let api: TestApi;
let ws: TestWorkspace;
let editor: TestUser;
let db: Client;
const owner = () => ({ token: ws.owner.token, workspaceId: ws.id });
const asEditor = () => ({ token: editor.token, workspaceId: ws.id });

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '版本分组');
  editor = await addMember(api, ws, 'editor');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

async function mutate(name: string, query: string, variables: Record<string, unknown>, as = owner(), on = api): Promise<Map> {
  return (await on.gqlOk<Record<string, Map>>(query, variables, as))[name];
}
const create = (name: string, as = owner(), on = api) => mutate('createJourney', `mutation($i: CreateJourneyInput!) { createJourney(input: $i) { ${MAP} } }`, { i: { name } }, as, on);
const addStage = (journeyId: string, name: string, as = owner(), on = api) => mutate('addStage', `mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId, name } }, as, on);
const addTouchpoint = (stageId: string, name: string, as = owner()) => mutate('addTouchpoint', `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${MAP} } }`, { i: { stageId, name } }, as);
const updateTouchpoint = (id: string, version: number, patch: Record<string, unknown>, as = owner()) =>
  mutate('updateTouchpoint', `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { ${MAP} } }`, { i: { id, version, ...patch } }, as);
const history = async (journeyId: string, on = api) =>
  (await on.gqlOk<{ journeyRevisions: Revision[] }>(`query($id: ID!) { journeyRevisions(journeyId: $id) { revision action editCount actorUserId } }`, { id: journeyId }, owner())).journeyRevisions;

async function rowsOf(journeyId: string): Promise<Rows> {
  const out: Rows = {};
  for (const [table, { where, order }] of Object.entries(OWNED)) {
    out[table] = (await db.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${where} = $1 ORDER BY ${order}`, [journeyId])).rows.map((r) => r.row);
  }
  return out;
}
const without = (rows: Rows): Rows =>
  Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !TRACKING(table).includes(k))))]));

it('lists one burst of edits by one person as one revision, and another person starts a new one', async () => {
  const created = await create('分组旅程');
  let map = await addStage(created.id, '报修');
  map = await addStage(created.id, '派单');
  map = await addTouchpoint(map.stages[0].id, '电话报修');
  const tp = map.stages[0].touchpoints[0];
  map = await updateTouchpoint(tp.id, tp.version, { emotion: -2 });
  // Four edits after the creation: revisions 2…5, one group.
  expect(map.revision).toBe(5);
  expect(await history(created.id)).toEqual([
    { revision: 5, action: 'touchpoint.update', editCount: 4, actorUserId: ws.owner.id },
    { revision: 1, action: 'journey.create', editCount: 1, actorUserId: ws.owner.id },
  ]);

  // The editor's edit is a revision of its own, and the owner's next edit does not join the owner's old group.
  const afterEditor = await addTouchpoint(map.stages[1].id, '上门', asEditor());
  const afterOwner = await addStage(created.id, '回访');
  expect([afterEditor.revision, afterOwner.revision]).toEqual([6, 7]);
  expect((await history(created.id)).map((r) => [r.revision, r.editCount])).toEqual([
    [7, 1],
    [6, 1],
    [5, 4],
    [1, 1],
  ]);

  // A deletion always stands alone, so it can be undone on its own; the next edit starts afresh.
  const deleted = await mutate('deleteStage', `mutation($id: ID!) { deleteStage(id: $id) { ${MAP} } }`, { id: afterOwner.stages[2].id });
  const next = await addStage(created.id, '评价');
  expect((await history(created.id)).slice(0, 3).map((r) => [r.revision, r.action, r.editCount])).toEqual([
    [next.revision, 'stage.add', 1],
    [deleted.revision, 'stage.delete', 1],
    [7, 'stage.add', 1],
  ]);
});

it('diffs a grouped revision against the one listed before it as all its edits together', async () => {
  const created = await create('差异');
  let map = await addStage(created.id, 'S1');
  map = await addTouchpoint(map.stages[0].id, 'T1');
  map = await addTouchpoint(map.stages[0].id, 'T2');
  const [head, before] = await history(created.id);
  expect([head.revision, head.editCount, before.revision]).toEqual([map.revision, 3, 1]);
  const { journeyDiff } = await api.gqlOk<{ journeyDiff: { stagesAdded: { name: string }[]; touchpointsAdded: { name: string }[] } }>(
    `query($id: ID!, $a: Int!, $b: Int!) { journeyDiff(journeyId: $id, fromRevision: $a, toRevision: $b) { stagesAdded { name } touchpointsAdded { name } } }`,
    { id: created.id, a: before.revision, b: head.revision },
    owner(),
  );
  expect(journeyDiff.stagesAdded).toEqual([{ name: 'S1' }]);
  expect(journeyDiff.touchpointsAdded.map((t) => t.name).sort()).toEqual(['T1', 'T2']);
});

it('restores a grouped revision exactly: every row as it was after the last edit of the group', async () => {
  const created = await create('还原分组');
  let map = await addStage(created.id, '报修');
  map = await addStage(created.id, '派单');
  map = await addTouchpoint(map.stages[0].id, '电话报修');
  map = await addTouchpoint(map.stages[1].id, '派单员');
  const tp = map.stages[0].touchpoints[0];
  map = await updateTouchpoint(tp.id, tp.version, { emotion: 2, customerThought: '快点来' });
  map = await mutate('addPainPoint', `mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { ${MAP} } }`, { i: { touchpointId: tp.id, title: '等太久', severity: 4 } });
  const [group] = await history(created.id);
  expect([group.revision, group.editCount]).toEqual([map.revision, 6]);
  const atGroup = await rowsOf(created.id);

  // Someone else changes and deletes things afterwards.
  const now = map.stages[0].touchpoints[0];
  await updateTouchpoint(now.id, now.version, { name: '改过的名字', emotion: -3 }, asEditor());
  await mutate('deleteTouchpoint', `mutation($id: ID!) { deleteTouchpoint(id: $id) { ${MAP} } }`, { id: map.stages[1].touchpoints[0].id }, asEditor());
  await mutate('addStage', `mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId: created.id, name: '多余' } }, asEditor());
  expect(without(await rowsOf(created.id))).not.toEqual(without(atGroup));

  const restored = await mutate('restoreJourneyRevision', `mutation($id: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $id, revision: $r) { ${MAP} } }`, { id: created.id, r: group.revision });
  const after = await rowsOf(created.id);
  expect(without(after)).toEqual(without(atGroup));
  // Restored rows carry versions above any they had, so an editor holding a copy from before gets a conflict.
  const versionBefore = new Map(atGroup.touchpoint.map((t) => [t.id, Number(t.version)]));
  for (const t of after.touchpoint) expect(Number(t.version)).toBeGreaterThan(versionBefore.get(t.id as string)!);
  // The restore is its own revision, listed on top.
  const [top] = await history(created.id);
  expect([top.revision, top.action, top.editCount]).toEqual([restored.revision, 'journey.restoreRevision', 1]);
});

it('starts a new revision once the group window has passed (OPENCX_REVISION_GROUP_SECONDS)', async () => {
  const short = await startTestApi({ databaseUrl: api.databaseUrl, env: { OPENCX_REVISION_GROUP_SECONDS: '2' } });
  try {
    const created = await create('窗口', owner(), short);
    const first = await addStage(created.id, 'S1', owner(), short);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const second = await addStage(created.id, 'S2', owner(), short);
    expect((await history(created.id, short)).map((r) => [r.revision, r.editCount])).toEqual([
      [second.revision, 1],
      [first.revision, 1],
      [1, 1],
    ]);
  } finally {
    await short.close();
  }
});
