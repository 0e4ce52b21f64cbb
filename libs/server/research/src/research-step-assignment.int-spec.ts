import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Assigning an owner to a research-plan step tells them, once, through the notifications port: an
 * in-app ASSIGNMENT that opens the journey's research plan. Saving the step again with the same
 * owner tells nobody, and nobody is told of their own doing.
 */
let api: TestApi;
let ws: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let journeyId: string;

const as = (user: TestUser) => ({ token: user.token, workspaceId: ws.id });
const STEP = `mutation($input: UpdateResearchStepInput!) { updateResearchStep(input: $input) { steps { key ownerUserId notes } } }`;
const INBOX = `{ notifications(first: 20) { nodes { kind title body link entityType entityId actorUserId } } unreadNotificationCount }`;
interface Inbox {
  notifications: { nodes: { kind: string; title: string; body: string; link: string | null; entityType: string | null; entityId: string | null; actorUserId: string | null }[] };
  unreadNotificationCount: number;
}
const inbox = (user: TestUser) => api.gqlOk<Inbox>(INBOX, {}, as(user));
const step = (user: TestUser, input: Record<string, unknown>) => api.gqlOk(STEP, { input: { journeyId, ...input } }, as(user));

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '研究分派');
  editor = await addMember(api, ws, 'editor');
  viewer = await addMember(api, ws, 'viewer');
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation($input: CreateJourneyInput!) { createJourney(input: $input) { id } }`, { input: { name: '报修旅程' } }, as(ws.owner))).createJourney.id;
}, 300_000);
afterAll(() => api?.close());

describe('research step assignment', () => {
  it('tells the new owner once; saving again with the same owner, or changing notes, tells nobody', async () => {
    expect((await inbox(editor)).unreadNotificationCount).toBe(0);
    await step(ws.owner, { step: 'gather_data', ownerUserId: editor.id, notes: '访谈 8 位业主' });
    const first = await inbox(editor);
    expect(first.unreadNotificationCount).toBe(1);
    expect(first.notifications.nodes).toEqual([
      { kind: 'ASSIGNMENT', title: '研究步骤 / Research step: 收集数据 / Gather data', body: '访谈 8 位业主', link: `/journeys/${journeyId}/research`, entityType: 'research_step', entityId: journeyId, actorUserId: ws.owner.id },
    ]);
    await step(ws.owner, { step: 'gather_data', ownerUserId: editor.id });
    await step(ws.owner, { step: 'gather_data', notes: '访谈 10 位业主', status: 'in_progress' });
    expect((await inbox(editor)).unreadNotificationCount).toBe(1);
  });

  it('a reassignment tells the next owner (a viewer too); assigning yourself tells nobody', async () => {
    await step(ws.owner, { step: 'gather_data', ownerUserId: viewer.id });
    const v = await inbox(viewer);
    expect(v.notifications.nodes.map((n) => [n.kind, n.title])).toEqual([['ASSIGNMENT', '研究步骤 / Research step: 收集数据 / Gather data']]);
    expect((await inbox(editor)).unreadNotificationCount).toBe(1);
    // The editor takes the analysis step themselves: no notification for them, none for anyone else.
    await step(editor, { step: 'analyse', ownerUserId: editor.id });
    expect((await inbox(editor)).unreadNotificationCount).toBe(1);
    expect((await inbox(ws.owner)).unreadNotificationCount).toBe(0);
    // Clearing the owner tells nobody.
    await step(ws.owner, { step: 'gather_data', ownerUserId: null });
    expect((await inbox(viewer)).unreadNotificationCount).toBe(1);
  });
});
