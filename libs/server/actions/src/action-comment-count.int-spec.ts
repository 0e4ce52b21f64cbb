import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

// The board's comment badge: each action carries the number of comments in its own thread.
let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
const as = (ws: TestWorkspace) => ({ token: ws.owner.token, workspaceId: ws.id });
const MAP = `id stages { id touchpoints { id } }`;

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
});
afterAll(() => api?.close());

async function touchpointIn(ws: TestWorkspace): Promise<string> {
  const journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修" }) { id } }`, {}, as(ws))).createJourney.id;
  const stage = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId, name: '报修' } }, as(ws));
  const m = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${MAP} } }`, { i: { stageId: stage.addStage.stages[0]?.id, name: '电话' } }, as(ws));
  return m.addTouchpoint.stages[0]?.touchpoints[0]?.id ?? '';
}

const create = async (ws: TestWorkspace, touchpointId: string, title: string) =>
  (await api.gqlOk<{ createImprovementAction: { id: string; commentCount: number } }>(`mutation($i: CreateImprovementActionInput!) { createImprovementAction(input: $i) { id commentCount } }`, { i: { title, touchpointId } }, as(ws))).createImprovementAction;
const comment = (ws: TestWorkspace, actionId: string, body: string) => api.gqlOk(`mutation($i: AddActionCommentInput!) { addActionComment(input: $i) { id } }`, { i: { actionId, body } }, as(ws));

it('counts each action’s own comments, in the list and on one action, and nothing of another workspace', async () => {
  const tpA = await touchpointIn(a);
  const tpB = await touchpointIn(b);
  const three = await create(a, tpA, '回访');
  const none = await create(a, tpA, '培训');
  const one = await create(a, tpA, '短信');
  const theirs = await create(b, tpB, '他们的');
  expect([three.commentCount, none.commentCount, one.commentCount]).toEqual([0, 0, 0]);
  for (const body of ['一', '二', '三']) await comment(a, three.id, body);
  await comment(a, one.id, '一');
  for (const body of ['x', 'y']) await comment(b, theirs.id, body);

  const list = (await api.gqlOk<{ improvementActions: { nodes: { id: string; commentCount: number }[] } }>(`{ improvementActions { nodes { id commentCount } } }`, {}, as(a))).improvementActions.nodes;
  expect(new Map(list.map((n) => [n.id, n.commentCount]))).toEqual(new Map([[three.id, 3], [none.id, 0], [one.id, 1]]));
  const single = (await api.gqlOk<{ improvementAction: { commentCount: number } }>(`query($id: ID!) { improvementAction(id: $id) { commentCount } }`, { id: three.id }, as(a))).improvementAction;
  expect(single.commentCount).toBe(3);
  // The badge and the thread agree.
  const thread = (await api.gqlOk<{ actionComments: { body: string }[] }>(`query($id: ID!) { actionComments(actionId: $id) { body } }`, { id: three.id }, as(a))).actionComments;
  expect(thread.map((c) => c.body)).toEqual(['一', '二', '三']);
  const theirList = (await api.gqlOk<{ improvementActions: { nodes: { commentCount: number }[] } }>(`{ improvementActions { nodes { commentCount } } }`, {}, as(b))).improvementActions.nodes;
  expect(theirList.map((n) => n.commentCount)).toEqual([2]);
});
