import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * The home page's highlights in one small query: moments of truth (worst felt first) and the most
 * severe pain points across live journeys, archived ones left out, other workspaces never seen, in
 * the same number of statements for two journeys or eight.
 */
// The embedded database and API share a busy machine in CI: generous limits, no timing asserted.
jest.setTimeout(300_000);

let api: TestApi;
let ws: TestWorkspace;
let viewer: TestUser;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '首页亮点');
  viewer = await addMember(api, ws, 'viewer');
  opts = { token: ws.owner.token, workspaceId: ws.id };
}, 300_000);
afterAll(async () => {
  await api?.close();
});

type Tp = { name: string; emotion: number; moment?: boolean; pains?: [string, number][] };
const tp = (t: Tp) => ({
  name: t.name,
  channel: 'phone',
  customerAction: '',
  customerThought: '',
  expectation: '',
  emotion: t.emotion,
  momentOfTruth: Boolean(t.moment),
  layer: 'front_stage',
  slaMinutes: null,
  device: null,
  region: null,
  painPoints: (t.pains ?? []).map(([title, severity]) => ({ title, description: '', severity, source: 'manual', evidenceCount: 0 })),
  opportunities: [],
});
async function importJourney(name: string, stages: { name: string; touchpoints: Tp[] }[], o = opts): Promise<string> {
  const document = { format: 'opencx.journey', version: 1, journey: { name, description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: stages.map((s) => ({ name: s.name, description: '', touchpoints: s.touchpoints.map(tp) })) } };
  return (await api.gqlOk<{ importJourney: { id: string } }>(`mutation($d: JSON!) { importJourney(document: $d) { id } }`, { d: document }, o)).importJourney.id;
}

const QUERY = `query($n: Int) { homeHighlights(limit: $n) { moments { journeyId journeyName touchpointId name stageName emotion } pains { journeyId journeyName touchpointName id title severity } } }`;
type Highlights = { moments: { journeyName: string; name: string; stageName: string; emotion: number }[]; pains: { journeyName: string; touchpointName: string; title: string; severity: number }[] };
const highlights = async (limit?: number, o: { token: string; workspaceId: string } = { token: viewer.token, workspaceId: ws.id }) => (await api.gqlOk<{ homeHighlights: Highlights }>(QUERY, limit ? { n: limit } : {}, o)).homeHighlights;

it('orders moments worst felt first and pains most severe first, leaves archived journeys and other workspaces out, in a fixed number of statements', async () => {
  // Imported in this order: A, then B (B is changed last, so it wins ties).
  await importJourney('旅程A', [
    { name: '报修', touchpoints: [{ name: 'A电话', emotion: -1, moment: true, pains: [['占线', 4], ['转接多', 2]] }, { name: 'A微信', emotion: 2, moment: true }] },
    { name: '上门', touchpoints: [{ name: 'A上门', emotion: -3, moment: true, pains: [['迟到', 5]] }] },
  ]);
  await importJourney('旅程B', [{ name: '回访', touchpoints: [{ name: 'B回访', emotion: -1, moment: true, pains: [['没人回访', 4]] }, { name: 'B评价', emotion: 0, pains: [['问卷太长', 1]] }] }]);
  const archived = await importJourney('已归档', [{ name: '旧', touchpoints: [{ name: '旧触点', emotion: -3, moment: true, pains: [['旧痛点', 5]] }] }]);
  await api.gqlOk(`mutation($id: ID!) { archiveJourney(id: $id) { id } }`, { id: archived }, opts);
  // Another workspace's worse moments and pains never show.
  const other = await createWorkspace(api, undefined, '别的空间');
  await importJourney('别人的', [{ name: '外', touchpoints: [{ name: '外部触点', emotion: -3, moment: true, pains: [['外部痛点', 5]] }] }], { token: other.owner.token, workspaceId: other.id });

  const all = await highlights();
  // By hand: emotions −3 (A上门), −1 (B回访, B changed later), −1 (A电话), +2 (A微信).
  expect(all.moments.map((m) => [m.journeyName, m.name, m.stageName, m.emotion])).toEqual([
    ['旅程A', 'A上门', '上门', -3],
    ['旅程B', 'B回访', '回访', -1],
    ['旅程A', 'A电话', '报修', -1],
    ['旅程A', 'A微信', '报修', 2],
  ]);
  // Severity 5 (迟到), 4 (B's 没人回访 before A's 占线), 2, 1.
  expect(all.pains.map((p) => [p.journeyName, p.touchpointName, p.title, p.severity])).toEqual([
    ['旅程A', 'A上门', '迟到', 5],
    ['旅程B', 'B回访', '没人回访', 4],
    ['旅程A', 'A电话', '占线', 4],
    ['旅程A', 'A电话', '转接多', 2],
    ['旅程B', 'B评价', '问卷太长', 1],
  ]);
  expect((await highlights(2)).pains.map((p) => p.title)).toEqual(['迟到', '没人回访']);

  const statements = async () => {
    api.resetQueryCount();
    await highlights();
    return api.queryCount();
  };
  const few = await statements();
  for (let i = 0; i < 6; i++) await importJourney(`更多${i}`, [{ name: '阶段', touchpoints: [{ name: `触点${i}`, emotion: 1, moment: true, pains: [[`痛点${i}`, 3]] }] }]);
  expect(await statements()).toBe(few);
  expect(few).toBeLessThanOrEqual(4);

  const refused = await api.gql(QUERY, { n: 500 }, { token: viewer.token, workspaceId: ws.id });
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
});
