import { addMember, createWorkspace, startTestApi, uniqueEmail, type TestApi, type TestUser } from '@opencx/server-testing';

const PAGE = `events { kind userId userEmail ip userAgent detail at } endCursor hasNextPage`;
const WORKSPACE_EVENTS = `query($first: Int, $after: String) { securityEvents(first: $first, after: $after) { ${PAGE} } }`;
const INSTANCE_EVENTS = `query($first: Int, $after: String, $userId: ID) { instanceSecurityEvents(first: $first, after: $after, userId: $userId) { ${PAGE} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

interface Event {
  kind: string;
  userId: string | null;
  userEmail: string | null;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
  at: string;
}
interface Page {
  events: Event[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const operatorEmail = uniqueEmail('operator');
let api: TestApi;

beforeAll(async () => {
  // Requests come from loopback; trusting it lets each test speak from its own client address.
  api = await startTestApi({ env: { OPENCX_ADMIN_EMAILS: ` ${operatorEmail.toUpperCase()} , someone@example.com`, OPENCX_TRUST_PROXY: 'loopback' } });
});

afterAll(async () => {
  await api.close();
});

const from = (ip: string, userAgent = 'security-test') => ({ 'x-forwarded-for': ip, 'user-agent': userAgent });

async function instanceEvents(operator: TestUser, userId: string): Promise<Event[]> {
  const r = await api.gqlOk<{ instanceSecurityEvents: Page }>(INSTANCE_EVENTS, { first: 200, userId }, { token: operator.token });
  return r.instanceSecurityEvents.events;
}

describe('security events', () => {
  let operator: TestUser;
  beforeAll(async () => {
    const r = await api.gqlOk<{ signUp: { token: string; user: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`, {
      input: { email: operatorEmail, password: 'correct horse battery', displayName: 'Operator' },
    });
    operator = { id: r.signUp.user.id, email: operatorEmail, token: r.signUp.token };
  });

  it('records sign-up, login success and failure, logout and session revocation with IP and user agent', async () => {
    const email = uniqueEmail('journal');
    const signUp = await api.gqlOk<{ signUp: { token: string; user: { id: string } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`,
      { input: { email, password: 'correct horse battery', displayName: 'Journal' } },
      { headers: from('203.0.113.7', 'Browser/1 (sign-up)') },
    );
    const userId = signUp.signUp.user.id;
    await api.gql(LOGIN, { input: { email, password: 'wrong password!!' } }, { headers: from('198.51.100.9', 'Guesser/2') });
    const login = await api.gqlOk<{ login: { token: string } }>(LOGIN, { input: { email, password: 'correct horse battery' } }, { headers: from('203.0.113.8', 'Browser/1 (login)') });
    const revoked = await api.gqlOk<{ revokeOtherSessions: number }>(`mutation { revokeOtherSessions }`, {}, { token: login.login.token, headers: from('203.0.113.8') });
    expect(revoked.revokeOtherSessions).toBe(1);
    expect((await api.gql(`{ me { user { id } } }`, {}, { token: signUp.signUp.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await api.gqlOk(`mutation { logout }`, {}, { token: login.login.token, headers: from('203.0.113.9', 'Browser/1 (logout)') });

    const events = (await instanceEvents(operator, userId)).reverse();
    expect(events.map((e) => [e.kind, e.ip, e.userAgent])).toEqual([
      ['sign_up', '203.0.113.7', 'Browser/1 (sign-up)'],
      ['login_failed', '198.51.100.9', 'Guesser/2'],
      ['login_succeeded', '203.0.113.8', 'Browser/1 (login)'],
      ['session_revoked', '203.0.113.8', 'security-test'],
      ['logout', '203.0.113.9', 'Browser/1 (logout)'],
    ]);
    expect(events.every((e) => e.userId === userId && e.userEmail === email)).toBe(true);
    // Newest first, on one clock.
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('records role changes and removals with the workspace, and an API token used from a new IP once per IP', async () => {
    const ws = await createWorkspace(api);
    const editor = await addMember(api, ws, 'editor');
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    await api.gqlOk(`mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }`, { input: { userId: editor.id, role: 'admin' } }, { ...opts, headers: from('192.0.2.1') });
    await api.gqlOk(`mutation($userId: ID!) { removeMember(userId: $userId) { userId } }`, { userId: editor.id }, { ...opts, headers: from('192.0.2.1') });
    const changes = (await instanceEvents(operator, editor.id)).filter((e) => e.kind === 'role_changed').reverse();
    expect(changes.map((e) => e.detail)).toEqual([
      { workspaceId: ws.id, from: 'editor', to: 'admin', byUserId: ws.owner.id },
      { workspaceId: ws.id, from: 'admin', to: null, byUserId: ws.owner.id },
    ]);
    expect(changes.every((e) => e.ip === '192.0.2.1')).toBe(true);

    const created = await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string } } }>(
      `mutation { createApiToken(input: { name: "CRM", scopes: ["feedback:write"] }) { secret apiToken { id } } }`,
      {},
      opts,
    );
    const { secret, apiToken } = created.createApiToken;
    for (const ip of ['198.51.100.20', '198.51.100.20', '198.51.100.21', '198.51.100.20']) {
      expect((await api.http('/api/v1/token', { token: secret, headers: from(ip, 'crm-sync/3') })).status).toBe(200);
    }
    const page = await api.gqlOk<{ securityEvents: Page }>(WORKSPACE_EVENTS, { first: 100 }, opts);
    const tokenEvents = page.securityEvents.events.filter((e) => e.kind === 'api_token_new_ip').reverse();
    expect(tokenEvents.map((e) => [e.ip, e.userAgent, e.detail])).toEqual([
      ['198.51.100.20', 'crm-sync/3', { workspaceId: ws.id, tokenId: apiToken.id }],
      ['198.51.100.21', 'crm-sync/3', { workspaceId: ws.id, tokenId: apiToken.id }],
    ]);
  });

  it("shows a workspace admin its members' events and its own, never other accounts' or other workspaces'", async () => {
    const a = await createWorkspace(api);
    const b = await createWorkspace(api);
    const member = await addMember(api, a, 'viewer');
    const outsider = await addMember(api, b, 'editor');
    await api.gqlOk(`mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }`, { input: { userId: outsider.id, role: 'admin' } }, { token: b.owner.token, workspaceId: b.id });
    // The member also belongs to B: role changes there are B's business, not A's.
    const invite = await api.gqlOk<{ inviteMember: { token: string } }>(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, { input: { email: member.email, role: 'viewer' } }, { token: b.owner.token, workspaceId: b.id });
    await api.gqlOk(`mutation($token: String!) { acceptInvitation(token: $token) { id } }`, { token: invite.inviteMember.token }, { token: member.token });
    await api.gqlOk(`mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }`, { input: { userId: member.id, role: 'editor' } }, { token: b.owner.token, workspaceId: b.id });

    const page = await api.gqlOk<{ securityEvents: Page }>(WORKSPACE_EVENTS, { first: 200 }, { token: a.owner.token, workspaceId: a.id });
    const users = new Set(page.securityEvents.events.map((e) => e.userId));
    expect(users.has(member.id)).toBe(true);
    expect(users.has(a.owner.id)).toBe(true);
    expect(users.has(outsider.id)).toBe(false);
    expect(users.has(b.owner.id)).toBe(false);
    expect(page.securityEvents.events.filter((e) => 'workspaceId' in e.detail).every((e) => e.detail.workspaceId === a.id)).toBe(true);
    expect(page.securityEvents.events).toContainEqual(expect.objectContaining({ kind: 'invitation_accepted', userId: member.id, detail: expect.objectContaining({ workspaceId: a.id }) }));

    // Below admin: refused. Not an operator: refused.
    const asMember = await api.gql(WORKSPACE_EVENTS, {}, { token: member.token, workspaceId: a.id });
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notOperator = await api.gql(INSTANCE_EVENTS, {}, { token: a.owner.token });
    expect(notOperator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(INSTANCE_EVENTS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages by first/after without gaps or repeats, and names a bad cursor', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    for (let i = 0; i < 4; i++) await api.gql(LOGIN, { input: { email: ws.owner.email, password: `wrong password ${i}` } }, { headers: from(`10.9.0.${i}`) });
    const all = (await api.gqlOk<{ securityEvents: Page }>(WORKSPACE_EVENTS, { first: 200 }, opts)).securityEvents;
    expect(all.hasNextPage).toBe(false);
    expect(all.events.map((e) => e.kind)).toEqual([...Array(4).fill('login_failed'), 'sign_up']);
    const seen: Event[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = (await api.gqlOk<{ securityEvents: Page }>(WORKSPACE_EVENTS, { first: 2, after }, opts)).securityEvents;
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.events);
      after = page.hasNextPage ? page.endCursor : null;
      pages++;
    } while (after && pages < 50);
    expect(seen).toEqual(all.events);
    const bad = await api.gql(WORKSPACE_EVENTS, { first: 2, after: 'yesterday' }, opts);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lets the instance operator read every account, including failed logins for unknown emails', async () => {
    const ghost = uniqueEmail('ghost');
    await api.gql(LOGIN, { input: { email: ghost, password: 'not a real account' } }, { headers: from('100.64.0.1') });
    const page = (await api.gqlOk<{ instanceSecurityEvents: Page }>(INSTANCE_EVENTS, { first: 200 }, { token: operator.token })).instanceSecurityEvents;
    expect(page.events).toContainEqual(expect.objectContaining({ kind: 'login_failed', userId: null, ip: '100.64.0.1', detail: { email: ghost } }));
  });
});
