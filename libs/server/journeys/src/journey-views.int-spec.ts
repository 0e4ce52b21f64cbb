import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/** Named views: per user and journey, replaced by name, shared ones visible to the workspace, deleted only by their owner, settings checked field by field. */
// The embedded database and API share a busy machine in CI: generous limits, no timing asserted.
jest.setTimeout(300_000);

let api: TestApi;
let ws: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let journeyId: string;

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '命名视图');
  editor = await addMember(api, ws, 'editor');
  viewer = await addMember(api, ws, 'viewer');
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修旅程" }) { id } }`, {}, { token: ws.owner.token, workspaceId: ws.id })).createJourney.id;
}, 300_000);
afterAll(async () => {
  await api?.close();
});

const as = (u: TestUser) => ({ token: u.token, workspaceId: ws.id });
const SAVE = `mutation($i: SaveJourneyViewInput!) { saveJourneyView(input: $i) { id name settings shared mine } }`;
const LIST = `query($j: ID!) { journeyViews(journeyId: $j) { id name settings shared mine ownerName } }`;
const settings = (zoom: number) => ({ zoom, density: 'compact', lanes: { thought: 'collapsed', owner: 'hidden', 'custom:systems': 'open' }, filter: { kind: 'channel', channels: ['wechat', 'phone'] } });

it('saves, replaces by name, shares with the workspace, and only the owner deletes', async () => {
  const owner = ws.owner;
  const first = (await api.gqlOk<{ saveJourneyView: { id: string; settings: unknown; mine: boolean } }>(SAVE, { i: { journeyId, name: '工作坊', settings: settings(0.5) } }, as(owner))).saveJourneyView;
  expect(first.settings).toEqual(settings(0.5));
  expect(first.mine).toBe(true);
  // Same name again: the same view, new settings (no second row).
  const again = (await api.gqlOk<{ saveJourneyView: { id: string; shared: boolean } }>(SAVE, { i: { journeyId, name: '工作坊', settings: settings(0.75), shared: true } }, as(owner))).saveJourneyView;
  expect(again.id).toBe(first.id);
  expect(again.shared).toBe(true);
  await api.gqlOk(SAVE, { i: { journeyId, name: '我的草稿', settings: settings(1) } }, as(owner));
  await api.gqlOk(SAVE, { i: { journeyId, name: '工作坊', settings: settings(1.25) } }, as(editor));

  const mine = (await api.gqlOk<{ journeyViews: { name: string; settings: { zoom: number }; mine: boolean }[] }>(LIST, { j: journeyId }, as(owner))).journeyViews;
  // Own views first (by name), then the shared ones of others (the editor's is not shared).
  expect(mine.map((v) => [v.name, v.settings.zoom, v.mine])).toEqual([['工作坊', 0.75, true], ['我的草稿', 1, true]]);
  const seenByViewer = (await api.gqlOk<{ journeyViews: { id: string; name: string; mine: boolean }[] }>(LIST, { j: journeyId }, as(viewer))).journeyViews;
  expect(seenByViewer.map((v) => [v.name, v.mine])).toEqual([['工作坊', false]]);

  // A shared view can be opened by others, not deleted; the owner can.
  const other = await api.gql(`mutation($id: ID!) { deleteJourneyView(id: $id) }`, { id: first.id }, as(editor));
  expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  expect((await api.gqlOk<{ deleteJourneyView: boolean }>(`mutation($id: ID!) { deleteJourneyView(id: $id) }`, { id: first.id }, as(owner))).deleteJourneyView).toBe(true);
  expect((await api.gqlOk<{ journeyViews: unknown[] }>(LIST, { j: journeyId }, as(viewer))).journeyViews).toEqual([]);
});

it('names the setting that is wrong, and a viewer may not save', async () => {
  const bad = await api.gql(SAVE, { i: { journeyId, name: '坏', settings: { ...settings(9), filter: { kind: 'channel', channels: ['fax'] } } } }, as(editor));
  const fields = (bad.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
  expect(fields).toEqual(['settings.zoom', 'settings.filter.channels']);
  const extra = await api.gql(SAVE, { i: { journeyId, name: '坏', settings: { ...settings(1), html: '<b>' } } }, as(editor));
  expect(extra.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.html' });
  const forbidden = await api.gql(SAVE, { i: { journeyId, name: '看', settings: settings(1) } }, as(viewer));
  expect(forbidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
});
