import { Client } from 'pg';
import { createFeedbackToken, createTouchpoint, addMember, caseIntakeDrained, eventually, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Escalation of overdue cases over HTTP against real PostgreSQL: an admin names a team's lead
 * (only a member of the workspace; editors may not), an overdue case assigned to that team is
 * escalated to the lead — notified exactly once although its SLA timer fires again — and a case
 * whose team has no lead falls back to the rule's escalation contact.
 */

let api: TestApi;
let db: Client;
let ws: TestWorkspace;
let other: TestWorkspace;
let token: string;
let touchpointId: string;
let lead: TestUser;
let contact: TestUser;
let agent: TestUser;
let ledTeamId: string;
let leaderlessTeamId: string;

const as = (user: TestUser = ws.owner) => ({ token: user.token, workspaceId: ws.id });
const TEAM = `id name leadUserId memberIds`;

async function rule(name: string, keyword: string, assigneeTeamId: string): Promise<string> {
  const data = await api.gqlOk<{ createFollowUpRule: { id: string } }>(
    `mutation($i: FollowUpRuleInput!) { createFollowUpRule(input: $i) { id } }`,
    { i: { name, condition: { metric: 'nps', op: 'lte', value: 6 }, keywords: [keyword], slaMinutes: 60, slaBasis: 'ELAPSED', assigneeTeamId, escalateToUserId: contact.id } },
    as(),
  );
  return data.createFollowUpRule.id;
}

/** Sends one detractor answered two hours ago (so its one-hour elapsed SLA has already run out) and returns its case. */
async function overdueCase(externalId: string, comment: string): Promise<{ id: string; assigneeTeamId: string }> {
  const occurredAt = new Date(Date.now() - 2 * 3600_000).toISOString();
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ responses: [{ touchpointId, externalId, occurredAt, nps: 2, comment }] }),
  });
  await res.text();
  expect(res.ok).toBe(true);
  await caseIntakeDrained(api.databaseUrl);
  const data = await api.gqlOk<{ followUpCases: { nodes: { id: string; assigneeTeamId: string; comment: string | null }[] } }>(
    `{ followUpCases(first: 100) { nodes { id assigneeTeamId comment } } }`,
    {},
    as(),
  );
  const found = data.followUpCases.nodes.filter((c) => c.comment === comment);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Fires the case's SLA timer again, as a retried job or a second process would. */
async function fireAgain(caseId: string, times: number): Promise<void> {
  for (let k = 0; k < times; k++) {
    await db.query(`INSERT INTO pgboss.job (name, data, singleton_key, start_after, policy) VALUES ('follow-up-case-sla', $1, $2, now(), 'short')`, [
      { workspaceId: ws.id, caseId },
      `again:${caseId}:${k}`,
    ]);
  }
}

async function timersDone(): Promise<void> {
  await eventually(async () => {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-case-sla' AND state IN ('created', 'retry', 'active') AND start_after <= now()`);
    return rows[0].n === 0 ? true : null;
  }, 'the SLA timers to run');
}

/** Notifications about the case, per recipient. */
async function notifiedAbout(caseId: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ user_id: string; n: number }>(
    `SELECT user_id, count(*)::int AS n FROM notification WHERE workspace_id = $1 AND entity_id = $2 AND kind = 'alert' GROUP BY user_id`,
    [ws.id, caseId],
  );
  return Object.fromEntries(rows.map((r) => [r.user_id, r.n]));
}

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '物业 escalation');
  other = await createWorkspace(api, undefined, '别的物业');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();

  ({ touchpointId } = await createTouchpoint(api, ws));
  token = await createFeedbackToken(api, ws);

  [lead, contact, agent] = [await addMember(api, ws, 'editor'), await addMember(api, ws, 'editor'), await addMember(api, ws, 'editor')];
  ledTeamId = (await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "维修组" }) { id } }`, {}, as())).createTeam.id;
  leaderlessTeamId = (await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "客服组" }) { id } }`, {}, as())).createTeam.id;
  for (const teamId of [ledTeamId, leaderlessTeamId]) await api.gqlOk(`mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id } }`, { i: { teamId, userId: agent.id } }, as());
}, 300_000);

afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('team lead', () => {
  it('is set and cleared by an admin, only to a member of the workspace', async () => {
    const set = `mutation($i: SetTeamLeadInput!) { setTeamLead(input: $i) { ${TEAM} } }`;
    // An editor may not name a lead.
    const byEditor = await api.gql(set, { i: { teamId: ledTeamId, userId: lead.id } }, as(lead));
    expect(byEditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Someone of another workspace is refused, naming the field.
    const outsider = await api.gql(set, { i: { teamId: ledTeamId, userId: other.owner.id } }, as());
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    // A team of another workspace is not found.
    const foreignTeam = await api.gql(set, { i: { teamId: ledTeamId, userId: null } }, { token: other.owner.token, workspaceId: other.id });
    expect(foreignTeam.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const named = await api.gqlOk<{ setTeamLead: { leadUserId: string | null } }>(set, { i: { teamId: leaderlessTeamId, userId: lead.id } }, as());
    expect(named.setTeamLead.leadUserId).toBe(lead.id);
    const cleared = await api.gqlOk<{ setTeamLead: { leadUserId: string | null } }>(set, { i: { teamId: leaderlessTeamId, userId: null } }, as());
    expect(cleared.setTeamLead.leadUserId).toBeNull();
    await api.gqlOk(set, { i: { teamId: ledTeamId, userId: lead.id } }, as());

    const teams = (await api.gqlOk<{ teams: { id: string; leadUserId: string | null }[] }>(`{ teams { ${TEAM} } }`, {}, as(agent))).teams;
    expect(Object.fromEntries(teams.map((t) => [t.id, t.leadUserId]))).toEqual({ [ledTeamId]: lead.id, [leaderlessTeamId]: null });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE workspace_id = $1 AND action = 'team.setLead'`, [ws.id]);
    expect(rows[0].n).toBe(3);
  });
});

describe('escalation of an overdue case', () => {
  it("goes to the assigned team's lead, notified exactly once although the timer fires again", async () => {
    await rule('Leak call-back', '漏水', ledTeamId);
    const c = await overdueCase('leak-1', '厨房漏水没人管');
    expect(c.assigneeTeamId).toBe(ledTeamId);
    await timersDone();
    await fireAgain(c.id, 3);
    await timersDone();

    expect(await notifiedAbout(c.id)).toEqual({ [lead.id]: 1 });
    const detail = await api.gqlOk<{ followUpCase: { breachedAt: string | null; escalateToUserId: string | null } }>(
      `query($id: ID!) { followUpCase(id: $id) { breachedAt escalateToUserId } }`,
      { id: c.id },
      as(),
    );
    expect(detail.followUpCase.breachedAt).not.toBeNull();
    expect(detail.followUpCase.escalateToUserId).toBe(lead.id);
    // The lead sees it in their own inbox, linked to the case.
    const inbox = await api.gqlOk<{ notifications: { nodes: { kind: string; entityId: string | null; link: string | null }[] } }>(
      `{ notifications(first: 50) { nodes { kind entityId link } } }`,
      {},
      as(lead),
    );
    expect(inbox.notifications.nodes.filter((n) => n.entityId === c.id)).toEqual([{ kind: 'ALERT', entityId: c.id, link: `/cases?case=${c.id}` }]);
  });

  it("falls back to the rule's escalation contact when the team has no lead", async () => {
    await rule('Noise call-back', '噪音', leaderlessTeamId);
    const c = await overdueCase('noise-1', '楼上噪音投诉');
    expect(c.assigneeTeamId).toBe(leaderlessTeamId);
    await timersDone();
    await fireAgain(c.id, 2);
    await timersDone();

    expect(await notifiedAbout(c.id)).toEqual({ [contact.id]: 1 });
    const { rows } = await db.query(`SELECT body FROM case_note WHERE workspace_id = $1 AND case_id = $2 AND kind = 'system'`, [ws.id, c.id]);
    expect(rows).toEqual([{ body: `SLA breached; escalated to the rule's escalation contact (${contact.id})` }]);
  });
});

describe("the customer's history on a case", () => {
  it('lists the same customer’s other cases, newest first, and nothing for an anonymous answer', async () => {
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3600_000).toISOString();
    const responses = [
      { touchpointId, externalId: 'hist-1', occurredAt: at(30), nps: 1, comment: '漏水 第一次', customerRef: 'resident-8-302' },
      { touchpointId, externalId: 'hist-2', occurredAt: at(20), nps: 4, comment: '漏水 第二次', customerRef: 'resident-8-302' },
      { touchpointId, externalId: 'hist-3', occurredAt: at(10), nps: 0, comment: '漏水 第三次', customerRef: 'resident-8-302' },
      { touchpointId, externalId: 'hist-4', occurredAt: at(10), nps: 2, comment: '漏水 匿名', customerRef: null },
    ];
    const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
    await res.text();
    expect(res.ok).toBe(true);
    await caseIntakeDrained(api.databaseUrl);
    const all = (await api.gqlOk<{ followUpCases: { nodes: { id: string; comment: string | null }[] } }>(`{ followUpCases(first: 100) { nodes { id comment } } }`, {}, as())).followUpCases.nodes;
    const idOf = (comment: string) => all.find((c) => c.comment === comment)?.id;
    const history = async (comment: string) =>
      (await api.gqlOk<{ followUpCase: { customerHistory: { comment: string }[] } }>(`query($id: ID!) { followUpCase(id: $id) { customerHistory { comment } } }`, { id: idOf(comment) }, as(agent))).followUpCase.customerHistory.map(
        (c) => c.comment,
      );
    expect(await history('漏水 第三次')).toEqual(['漏水 第二次', '漏水 第一次']);
    expect(await history('漏水 第一次')).toEqual(['漏水 第三次', '漏水 第二次']);
    expect(await history('漏水 匿名')).toEqual([]);
  });
});
