import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Collection links over HTTP against real PostgreSQL: members create, list and revoke them; the
 * public reads a survey that reveals nothing else of the workspace and answers it exactly once per
 * idempotency id, rate limited per address and per link; tampered and revoked tokens find nothing.
 */

const LINK = 'id touchpointId touchpointName journeyName siteId siteName label token active revokedAt responseCount';
interface Link {
  id: string;
  touchpointId: string;
  touchpointName: string | null;
  journeyName: string | null;
  siteId: string | null;
  siteName: string | null;
  label: string;
  token: string;
  active: boolean;
  revokedAt: string | null;
  responseCount: number;
}
const CREATE = `mutation($i: CreateCollectionLinkInput!) { createCollectionLink(input: $i) { ${LINK} } }`;

let api: TestApi;
let db: Client;
let a: TestWorkspace;
let b: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let touchpoint = '';
let plainTouchpoint = '';
let siteId = '';
let bLink: Link;

const as = (ws: TestWorkspace, user?: TestUser) => ({ token: (user ?? ws.owner).token, workspaceId: ws.id });
let nextIp = 0;
const freshIp = () => `10.30.${Math.floor(++nextIp / 250)}.${(nextIp % 250) + 1}`;

async function getSurvey(token: string, ip = freshIp()): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await api.http(`/api/v1/f/${encodeURIComponent(token)}`, { headers: { 'x-forwarded-for': ip } });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, text };
}
async function answer(token: string, body: Record<string, unknown>, ip = freshIp()): Promise<{ status: number; body: Record<string, unknown>; retryAfter: string | null }> {
  const res = await api.http(`/api/v1/f/${encodeURIComponent(token)}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, retryAfter: res.headers.get('retry-after') };
}
const responsesOf = async (source = 'link') =>
  (await db.query(`SELECT touchpoint_id, site_id, nps, csat, ces, comment, tags, source, channel FROM feedback_response WHERE workspace_id = $1 AND source = $2 ORDER BY received_at`, [a.id, source])).rows;

beforeAll(async () => {
  // Requests come from loopback; trusting it lets each test speak from its own client address.
  api = await startTestApi({ env: { OPENCX_TRUST_PROXY: 'loopback' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  [a, b] = [await createWorkspace(api, undefined, 'Secret Workspace Name'), await createWorkspace(api, undefined, 'Other workspace')];
  editor = await addMember(api, a, 'editor');
  viewer = await addMember(api, a, 'viewer');

  const journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "Confidential journey" }) { id } }`, {}, as(a))).createJourney.id;
  const stageId = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId, name: 'Hidden stage' } }, as(a))).addStage.stages[0].id;
  const add = async (name: string) =>
    (
      await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string; name: string }[] }[] } }>(
        `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id name } } } }`,
        { i: { stageId, name, customerThought: 'internal thought', expectation: 'internal expectation' } },
        as(a),
      )
    ).addTouchpoint.stages[0].touchpoints.find((t) => t.name === name)!.id;
  touchpoint = await add('上门维修 Repair visit');
  plainTouchpoint = await add('Plain');
  siteId = (await api.gqlOk<{ createSite: { id: string } }>(`mutation { createSite(input: { code: "n1", name: "Private Site Name" }) { id } }`, {}, as(a))).createSite.id;
  // CSAT and CES exist once used; bind them to the repair visit so its survey asks exactly those.
  await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId: plainTouchpoint, csat: 4, ces: 6 } }, as(a));
  const defs = await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, as(a));
  const id = (key: string) => defs.metricDefinitions.find((d) => d.key === key)!.id;
  await api.gqlOk(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: touchpoint, metrics: [{ metricDefinitionId: id('ces') }, { metricDefinitionId: id('csat') }] } }, as(a));

  const bj = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "B" }) { id } }`, {}, as(b))).createJourney.id;
  const bs = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId: bj, name: 'B' } }, as(b))).addStage.stages[0].id;
  const bt = (await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id } } } }`, { i: { stageId: bs, name: 'B tp' } }, as(b)))
    .addTouchpoint.stages[0].touchpoints[0].id;
  bLink = (await api.gqlOk<{ createCollectionLink: Link }>(CREATE, { i: { touchpointId: bt } }, as(b))).createCollectionLink;
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('managing collection links', () => {
  it('lets an editor create a link per touchpoint and site, audited, and lists it', async () => {
    const link = (await api.gqlOk<{ createCollectionLink: Link }>(CREATE, { i: { touchpointId: touchpoint, siteId, label: 'Lobby poster' } }, as(a, editor))).createCollectionLink;
    expect(link).toMatchObject({ touchpointId: touchpoint, touchpointName: '上门维修 Repair visit', journeyName: 'Confidential journey', siteId, siteName: 'Private Site Name', label: 'Lobby poster', active: true, revokedAt: null, responseCount: 0 });
    expect(link.token).toMatch(new RegExp(`^${a.id}\\.ocx_f_[A-Za-z0-9_-]{32}$`));
    const audit = await db.query(`SELECT action, actor_user_id FROM audit_event WHERE workspace_id = $1 AND entity_id = $2`, [a.id, link.id]);
    expect(audit.rows).toEqual([{ action: 'collectionLink.create', actor_user_id: editor.id }]);

    const listed = await api.gqlOk<{ collectionLinks: { nodes: Link[] } }>(`query($t: ID) { collectionLinks(touchpointId: $t) { nodes { ${LINK} } } }`, { t: touchpoint }, as(a, viewer));
    expect(listed.collectionLinks.nodes.map((l) => l.id)).toEqual([link.id]);
    const all = await api.gqlOk<{ collectionLinks: { nodes: Link[] } }>(`{ collectionLinks { nodes { id } } }`, {}, as(a));
    expect(all.collectionLinks.nodes.map((l) => l.id)).not.toContain(bLink.id);
  });

  it('refuses viewers, foreign touchpoints and sites, naming the field', async () => {
    const denied = await api.gql(CREATE, { i: { touchpointId: touchpoint } }, as(a, viewer));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreign = await api.gql(CREATE, { i: { touchpointId: bLink.touchpointId } }, as(a));
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'touchpointId' });
    const site = await api.gql(CREATE, { i: { touchpointId: touchpoint, siteId: randomUUID() } }, as(a));
    expect(site.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId' });
    const revoke = await api.gql(`mutation($id: ID!) { revokeCollectionLink(id: $id) { id } }`, { id: bLink.id }, as(a));
    expect(revoke.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await getSurvey(bLink.token)).status).toBe(200);
  });
});

describe('the public survey', () => {
  let link: Link;
  beforeAll(async () => {
    link = (await api.gqlOk<{ createCollectionLink: Link }>(CREATE, { i: { touchpointId: touchpoint, siteId } }, as(a))).createCollectionLink;
  });

  it('shows only the touchpoint name and the scores to ask, without signing in', async () => {
    const survey = await getSurvey(link.token);
    expect(survey.status).toBe(200);
    expect(survey.body).toEqual({ touchpointName: '上门维修 Repair visit', metrics: ['csat', 'ces'], defaultLocale: 'zh-CN' });
    for (const secret of ['Secret Workspace Name', 'Confidential journey', 'Hidden stage', 'Private Site Name', 'internal', a.id, touchpoint, siteId, link.id]) expect(survey.text).not.toContain(secret);
    // A touchpoint with no survey metric bound asks NPS.
    const plain = (await api.gqlOk<{ createCollectionLink: Link }>(CREATE, { i: { touchpointId: plainTouchpoint } }, as(a))).createCollectionLink;
    expect((await getSurvey(plain.token)).body).toMatchObject({ metrics: ['nps'] });
  });

  it('stores an answer exactly once however often the same idempotency id is sent', async () => {
    const idempotencyId = randomUUID();
    const body = { idempotencyId, csat: 2, ces: 3, comment: '<b>师傅来晚了</b>', contactConsent: true, locale: 'zh-CN' };
    const first = await answer(link.token, body);
    expect(first).toMatchObject({ status: 201, body: { accepted: true } });
    const again = await Promise.all([answer(link.token, body), answer(link.token, body), answer(link.token, body)]);
    expect(again.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(again.map((r) => r.body.accepted)).toEqual([false, false, false]);
    expect(await responsesOf()).toEqual([{ touchpoint_id: touchpoint, site_id: siteId, nps: null, csat: 2, ces: 3, comment: '<b>师傅来晚了</b>', tags: ['contact-consent', 'repair'], source: 'link', channel: 'link' }]);
    // (`repair`: 师傅 is a keyword of the property plugin's repair topic, tagged on ingestion.)
    const counted = await api.gqlOk<{ collectionLinks: { nodes: Link[] } }>(`query($t: ID) { collectionLinks(touchpointId: $t) { nodes { id responseCount } } }`, { t: touchpoint }, as(a));
    expect(counted.collectionLinks.nodes.find((l) => l.id === link.id)?.responseCount).toBe(1);
    // It reaches the inbox like any other response.
    const inbox = await api.gqlOk<{ feedback: { nodes: { comment: string; source: string; siteName: string }[] } }>(`{ feedback(filter: { search: "师傅来晚了" }) { nodes { comment source siteName } } }`, {}, as(a, viewer));
    expect(inbox.feedback.nodes).toEqual([{ comment: '<b>师傅来晚了</b>', source: 'link', siteName: 'Private Site Name' }]);
  });

  it('refuses scores the survey does not ask, out-of-scale scores and bad bodies, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ idempotencyId: randomUUID(), nps: 9 }, 'nps'],
      [{ idempotencyId: randomUUID(), csat: 6 }, 'csat'],
      [{ csat: 4 }, 'idempotencyId'],
      [{ idempotencyId: randomUUID(), csat: 4, workspaceId: b.id }, 'workspaceId'],
      [{ idempotencyId: randomUUID() }, 'nps'],
    ];
    for (const [body, field] of cases) {
      const res = await answer(link.token, body);
      expect({ status: res.status, field: (res.body.error as Record<string, unknown>).field ?? (res.body.error as { fields?: { field: string }[] }).fields?.[0].field }).toEqual({ status: 400, field });
    }
    expect(await responsesOf()).toHaveLength(1);
  });

  it('rate limits answers per address', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 21; i++) {
      const res = await answer(link.token, { idempotencyId: randomUUID(), csat: 5 }, ip);
      statuses.push(res.status);
      retryAfter = res.retryAfter;
    }
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another address still gets through.
    expect((await answer(link.token, { idempotencyId: randomUUID(), csat: 5 })).status).toBe(201);
  });

  it('rate limits answers per link, whatever the address', async () => {
    const busy = (await api.gqlOk<{ createCollectionLink: Link }>(CREATE, { i: { touchpointId: touchpoint } }, as(a))).createCollectionLink;
    // The link's bucket is keyed by a hash of its token (the secret never lands in the global table); fill it to its limit.
    const key = `flink:link:${createHash('sha256').update(busy.token).digest('base64url')}`;
    expect((await answer(busy.token, { idempotencyId: randomUUID(), csat: 4 })).status).toBe(201);
    const bucket = await db.query(`UPDATE rate_limit_bucket SET hits = 600 WHERE key = $1 RETURNING hits`, [key]);
    expect(bucket.rowCount).toBe(1);
    const refused = await answer(busy.token, { idempotencyId: randomUUID(), csat: 4 });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // Other links are not affected.
    expect((await answer(link.token, { idempotencyId: randomUUID(), csat: 4 })).status).toBe(201);
  });

  it('refuses tampered, unknown and malformed tokens without telling them apart', async () => {
    const secret = link.token.split('.')[1];
    const tampered = [`${b.id}.${secret}`, `${a.id}.${bLink.token.split('.')[1]}`, `${a.id}.ocx_f_${'A'.repeat(32)}`, 'nonsense', `${a.id}.${secret}x`];
    for (const token of tampered) {
      const survey = await getSurvey(token);
      expect({ token, status: survey.status, code: (survey.body.error as Record<string, unknown>)?.code }).toEqual({ token, status: 404, code: 'NOT_FOUND' });
      expect((await answer(token, { idempotencyId: randomUUID(), csat: 5 })).status).toBe(404);
    }
    expect((await db.query(`SELECT count(*)::int AS n FROM feedback_response WHERE workspace_id = $1 AND source = 'link'`, [b.id])).rows[0].n).toBe(0);
  });

  it('stops answering once revoked, audited', async () => {
    const revoked = await api.gqlOk<{ revokeCollectionLink: Link }>(`mutation($id: ID!) { revokeCollectionLink(id: $id) { ${LINK} } }`, { id: link.id }, as(a, editor));
    expect(revoked.revokeCollectionLink).toMatchObject({ id: link.id, active: false });
    expect(revoked.revokeCollectionLink.revokedAt).not.toBeNull();
    const before = (await responsesOf()).length;
    expect((await getSurvey(link.token)).status).toBe(404);
    const refused = await answer(link.token, { idempotencyId: randomUUID(), csat: 5 });
    expect(refused.status).toBe(404);
    expect(await responsesOf()).toHaveLength(before);
    const audit = await db.query(`SELECT action FROM audit_event WHERE workspace_id = $1 AND entity_id = $2 ORDER BY created_at`, [a.id, link.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['collectionLink.create', 'collectionLink.revoke']);
  });
});
