import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Read-only share links, tested like a tenant boundary: a link shows its one journey's map (or
 * dashboard) and nothing else — not another journey, not another workspace, no mutation — and an
 * expired or revoked link shows nothing at all.
 */

interface SharedView {
  target: string;
  journey: { name: string; stages: { name: string; touchpoints: { name: string; emotion: number; painPoints: { title: string }[] }[] }[] };
  kpis: { key: string; value: number | null; n: number }[] | null;
}

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let db: Client;
let shared: { id: string; touchpointId: string; stageId: string };
let secretJourneyId: string;
let journeyB: string;
const as = (user: TestUser, w: TestWorkspace) => ({ token: user.token, workspaceId: w.id });
const CREATE = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { token link { id journeyId target label membersOnly expiresAt revokedAt active } } }`;

async function journeyWith(name: string, stage: string, touchpoint: string, who: { token: string; workspaceId: string }): Promise<{ id: string; touchpointId: string; stageId: string }> {
  const { createJourney } = await api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name } }, who);
  const { addStage } = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId: createJourney.id, name: stage } }, who);
  const { addTouchpoint } = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id } } } }`,
    { i: { stageId: addStage.stages[0].id, name: touchpoint, emotion: -2 } },
    who,
  );
  const touchpointId = addTouchpoint.stages[0].touchpoints[0].id;
  await api.gqlOk(`mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { id } }`, { i: { touchpointId, title: `${touchpoint} 的痛点`, severity: 4 } }, who);
  return { id: createJourney.id, touchpointId, stageId: addStage.stages[0].id };
}
async function createLink(input: Record<string, unknown>, who = as(editor, a)): Promise<{ token: string; link: { id: string; active: boolean; membersOnly: boolean; expiresAt: string | null } }> {
  return (await api.gqlOk<{ createShareLink: { token: string; link: { id: string; active: boolean; membersOnly: boolean; expiresAt: string | null } } }>(CREATE, { input }, who)).createShareLink;
}
const open = (token: string, init: Omit<RequestInit, 'headers'> & { token?: string; headers?: Record<string, string> } = {}) => api.http(`/api/v1/share/${encodeURIComponent(token)}`, init);

beforeAll(async () => {
  api = await startTestApi();
  a = await createWorkspace(api, undefined, '分享 A');
  b = await createWorkspace(api, undefined, '分享 B');
  editor = await addMember(api, a, 'editor');
  viewer = await addMember(api, a, 'viewer');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  shared = await journeyWith('公开旅程', '报修', '电话报修', as(a.owner, a));
  secretJourneyId = (await journeyWith('机密旅程', '机密阶段', '机密触点', as(a.owner, a))).id;
  journeyB = (await journeyWith('B 的旅程', 'B 阶段', 'B 触点', as(b.owner, b))).id;
});
afterAll(async () => {
  await db.end();
  await api.close();
});

describe('creating and listing', () => {
  it('lets editors create a link whose secret is shown once and stored only as a hash; viewers may not', async () => {
    const { token, link } = await createLink({ journeyId: shared.id, target: 'map', label: '给合作伙伴' });
    expect(token).toMatch(new RegExp(`^${a.id}\\.ocx_sh_[A-Za-z0-9_-]{32}$`));
    expect(link).toMatchObject({ active: true, membersOnly: false, expiresAt: null });
    const secret = token.split('.')[1];
    const stored = await db.query(`SELECT to_jsonb(s)::text AS row FROM share_link s WHERE id = $1`, [link.id]);
    expect(stored.rows[0].row).not.toContain(secret);
    const refused = await api.gql(CREATE, { input: { journeyId: shared.id, target: 'map' } }, as(viewer, a));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { shareLinks } = await api.gqlOk<{ shareLinks: { id: string }[] }>(`query($j: ID!) { shareLinks(journeyId: $j) { id } }`, { j: shared.id }, as(editor, a));
    expect(shareLinks.map((l) => l.id)).toContain(link.id);
  });

  it("refuses a link to another workspace's journey, and lists none of them", async () => {
    const other = await api.gql(CREATE, { input: { journeyId: journeyB, target: 'map' } }, as(editor, a));
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await createLink({ journeyId: journeyB, target: 'map' }, as(b.owner, b));
    const { shareLinks } = await api.gqlOk<{ shareLinks: unknown[] }>(`query($j: ID!) { shareLinks(journeyId: $j) { id } }`, { j: journeyB }, as(editor, a));
    expect(shareLinks).toEqual([]);
  });

  it('validates the expiry and the target, naming the field', async () => {
    const bad = await api.gql(CREATE, { input: { journeyId: shared.id, target: 'map', expiresInDays: 0 } }, as(editor, a));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0].extensions)).toContain('expiresInDays');
    const target = await api.gql(CREATE, { input: { journeyId: shared.id, target: 'everything' } }, as(editor, a));
    expect(JSON.stringify(target.errors?.[0].extensions)).toContain('target');
  });
});

describe('opening a link', () => {
  it('shows the journey map to anyone signed out, with nothing else of the workspace', async () => {
    const { token } = await createLink({ journeyId: shared.id, target: 'map' });
    const res = await open(token);
    expect(res.status).toBe(200);
    const text = await res.text();
    const view = JSON.parse(text) as SharedView;
    expect(view.target).toBe('map');
    expect(view.journey.name).toBe('公开旅程');
    expect(view.journey.stages).toEqual([{ name: '报修', touchpoints: [expect.objectContaining({ name: '电话报修', emotion: -2, painPoints: [{ title: '电话报修 的痛点', severity: 4 }] })] }]);
    expect(view.kpis).toBeNull();
    // No other journey, no other workspace, no ids to reach anything with.
    for (const secret of ['机密', 'B 的旅程', 'B 触点', secretJourneyId, shared.id, shared.touchpointId, shared.stageId, journeyB, a.owner.id, editor.id]) expect(text).not.toContain(secret);
  });

  it('cannot be turned on anything else: not as a session, not on GraphQL, not on another workspace', async () => {
    const { token } = await createLink({ journeyId: shared.id, target: 'map' });
    const asBearer = await api.gql(`query($id: ID!) { journey(id: $id) { name } }`, { id: secretJourneyId }, { token: token.split('.')[1], workspaceId: a.id });
    expect(asBearer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const mutation = await api.gql(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: shared.id, name: 'x' } }, { token: token.split('.')[1], workspaceId: a.id });
    expect(mutation.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The same secret under B's workspace id finds nothing (the lookup runs under B's row-level security).
    expect((await open(`${b.id}.${token.split('.')[1]}`)).status).toBe(404);
    // A tampered secret, a malformed token.
    expect((await open(`${a.id}.ocx_sh_${'A'.repeat(32)}`)).status).toBe(404);
    expect((await open('not-a-token')).status).toBe(404);
    // Nothing is served but GET.
    expect((await open(token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
  });

  it('refuses a revoked link and an expired one', async () => {
    const revoked = await createLink({ journeyId: shared.id, target: 'map' });
    expect((await open(revoked.token)).status).toBe(200);
    const { revokeShareLink } = await api.gqlOk<{ revokeShareLink: { active: boolean; revokedAt: string | null } }>(`mutation($id: ID!) { revokeShareLink(id: $id) { active revokedAt } }`, { id: revoked.link.id }, as(editor, a));
    expect(revokeShareLink.active).toBe(false);
    expect(revokeShareLink.revokedAt).not.toBeNull();
    expect((await open(revoked.token)).status).toBe(404);

    const expiring = await createLink({ journeyId: shared.id, target: 'map', expiresInDays: 1 });
    expect(new Date(expiring.link.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect((await open(expiring.token)).status).toBe(200);
    await db.query(`UPDATE share_link SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.link.id]);
    expect((await open(expiring.token)).status).toBe(404);
    // Another workspace cannot revoke it.
    const foreign = await api.gql(`mutation($id: ID!) { revokeShareLink(id: $id) { id } }`, { id: expiring.link.id }, as(b.owner, b));
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('opens a members-only link only for a signed-in member of its workspace', async () => {
    const { token } = await createLink({ journeyId: shared.id, target: 'map', membersOnly: true });
    expect((await open(token)).status).toBe(401);
    expect((await open(token, { token: b.owner.token })).status).toBe(401);
    expect((await open(token, { token: viewer.token })).status).toBe(200);
    expect((await open(token, { headers: { cookie: `opencx_session=${viewer.token}` } })).status).toBe(200);
  });

  it("shows a dashboard link's KPIs of its journey over the last 90 days", async () => {
    // Core metrics are defined with the workspace's first response; then NPS is bound to the touchpoint.
    for (const score of [10, 9, 3]) {
      await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: shared.touchpointId, occurredAt: new Date().toISOString(), nps: score } }, as(a.owner, a));
    }
    const { metricDefinitions } = await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, as(a.owner, a));
    const nps = metricDefinitions.find((d) => d.key === 'nps')!;
    await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: shared.touchpointId, metrics: [{ metricDefinitionId: nps.id }] } }, as(a.owner, a));
    const { token } = await createLink({ journeyId: shared.id, target: 'dashboard' });
    const view = (await (await open(token)).json()) as SharedView;
    expect(view.target).toBe('dashboard');
    const figure = view.kpis!.find((k) => k.key === 'nps')!;
    // 2 promoters, 0 passives, 1 detractor of 3: 100 × (2 − 1) / 3.
    expect(figure.n).toBe(3);
    expect(figure.value).toBeCloseTo((100 * (2 - 1)) / 3, 6);
  });
});
