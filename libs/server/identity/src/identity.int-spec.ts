import { Client } from 'pg';
import { addMember, createWorkspace, signUpUser, startTestApi, uniqueEmail, type TestApi } from '@opencx/server-testing';

const ME = `{ me { user { id email } workspaces { id role } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id email role } token } }`;
const UPDATE_ROLE = `mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { userId role } }`;
const REMOVE = `mutation($userId: ID!) { removeMember(userId: $userId) { userId } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id prefix scopes } } }`;

let api: TestApi;
let db: Client;

beforeAll(async () => {
  api = await startTestApi();
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await api.close();
});

const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

describe('sign-up, login and sessions', () => {
  it('signs up, logs in with any email case and answers me', async () => {
    const user = await signUpUser(api, 'alice');
    const login = await api.gqlOk<{ login: { token: string; user: { id: string } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`,
      { input: { email: user.email.toUpperCase(), password: 'correct horse battery' } },
    );
    expect(login.login.user.id).toBe(user.id);
    const me = await api.gqlOk<{ me: { user: { email: string } } }>(ME, {}, { token: login.login.token });
    expect(me.me.user.email).toBe(user.email);
  });

  it('sets an httpOnly SameSite session cookie that authenticates the console', async () => {
    const email = uniqueEmail('cookie');
    const res = await api.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
        variables: { input: { email, password: 'correct horse battery', displayName: 'Cookie' } },
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^opencx_session=ocx_s_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await api.gqlOk<{ me: { user: { email: string } } }>(ME, {}, { headers: { cookie: cookie.split(';')[0] } });
    expect(me.me.user.email).toBe(email);
  });

  it('refuses a session after logout and after expiry', async () => {
    const user = await signUpUser(api, 'bob');
    await api.gqlOk(`mutation { logout }`, {}, { token: user.token });
    const afterLogout = await api.gql(ME, {}, { token: user.token });
    expect(afterLogout.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const other = await signUpUser(api, 'carol');
    await db.query(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [other.id]);
    const expired = await api.gql(ME, {}, { token: other.token });
    expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await signUpUser(api, 'dave');
    const login = (email: string) =>
      api.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'wrong password!' } });
    const wrong = await login(user.email);
    const unknown = await login(uniqueEmail('nobody'));
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rate limits repeated logins to one account', async () => {
    const user = await signUpUser(api, 'erin');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await api.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email: user.email, password: 'wrong password!' } });
      codes.push(r.errors?.[0].extensions?.code);
    }
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('names the bad field and writes nothing on bad sign-up input', async () => {
    const before = await count(`SELECT count(*) AS n FROM app_user`);
    const cases: [Record<string, string>, string][] = [
      [{ email: 'not-an-email', password: 'long enough pass', displayName: 'X' }, 'email'],
      [{ email: uniqueEmail(), password: 'short', displayName: 'X' }, 'password'],
      [{ email: uniqueEmail(), password: 'long enough pass', displayName: 'x'.repeat(101) }, 'displayName'],
      [{ email: uniqueEmail(), password: 'long enough pass', displayName: 'X', locale: 'fr' }, 'locale'],
    ];
    for (const [input, field] of cases) {
      const r = await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe(field);
      expect(r.errors?.[0].message).toContain(field);
    }
    expect(await count(`SELECT count(*) AS n FROM app_user`)).toBe(before);
  });

  it('never makes a second account for the same email in another case', async () => {
    const user = await signUpUser(api, 'frank');
    const r = await api.gql<{ signUp: { token: string } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: { email: user.email.toUpperCase(), password: 'another long pass', displayName: 'F2' },
    });
    // Answered like a success (so the answer does not reveal the account), but nothing was created.
    expect(r.errors).toBeUndefined();
    expect((await api.gql(ME, {}, { token: r.data?.signUp.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE lower(email) = lower($1)`, [user.email])).toBe(1);
  });
});

describe('workspaces, members and roles', () => {
  it('makes the creator owner and records the change in the audit trail', async () => {
    const ws = await createWorkspace(api, undefined, 'Acme 物业');
    const me = await api.gqlOk<{ me: { workspaces: { id: string; role: string }[] } }>(ME, {}, { token: ws.owner.token });
    expect(me.me.workspaces).toEqual([{ id: ws.id, role: 'owner' }]);
    const audit = await api.gqlOk<{ auditEvents: { nodes: { action: string; actorUserId: string }[] } }>(
      `{ auditEvents(first: 10) { nodes { action actorUserId } } }`,
      {},
      { token: ws.owner.token, workspaceId: ws.id },
    );
    expect(audit.auditEvents.nodes).toContainEqual({ action: 'workspace.create', actorUserId: ws.owner.id });
  });

  it('invites by a link that only a signed-in account can accept', async () => {
    const ws = await createWorkspace(api);
    const existing = await signUpUser(api, 'existing');
    const invited = await api.gqlOk<{ inviteMember: { invitation: { email: string; role: string }; token: string } }>(
      INVITE,
      { input: { email: existing.email, role: 'editor' } },
      { token: ws.owner.token, workspaceId: ws.id },
    );
    expect(invited.inviteMember.invitation).toMatchObject({ email: existing.email, role: 'editor' });
    expect((await api.gqlOk<{ me: { workspaces: unknown[] } }>(ME, {}, { token: existing.token })).me.workspaces).toEqual([]);
    await api.gqlOk(`mutation($token: String!) { acceptInvitation(token: $token) { id } }`, { token: invited.inviteMember.token }, { token: existing.token });
    const me = await api.gqlOk<{ me: { workspaces: { id: string; role: string }[] } }>(ME, {}, { token: existing.token });
    expect(me.me.workspaces).toEqual([{ id: ws.id, role: 'editor' }]);
  });

  it('refuses an unknown role naming the field and writes nothing', async () => {
    const ws = await createWorkspace(api);
    const before = await count(`SELECT count(*) AS n FROM invitation WHERE workspace_id = $1`, [ws.id]);
    const r = await api.gql(INVITE, { input: { email: uniqueEmail(), role: 'superuser' } }, { token: ws.owner.token, workspaceId: ws.id });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const long = await api.gql(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, { input: { name: 'x'.repeat(101) } }, { token: ws.owner.token, workspaceId: ws.id });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await count(`SELECT count(*) AS n FROM invitation WHERE workspace_id = $1`, [ws.id])).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM team WHERE workspace_id = $1`, [ws.id])).toBe(0);
  });

  it('never lets the last owner be removed or demoted', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    const demote = await api.gql(UPDATE_ROLE, { input: { userId: ws.owner.id, role: 'admin' } }, opts);
    expect(demote.errors?.[0].extensions?.code).toBe('CONFLICT');
    const remove = await api.gql(REMOVE, { userId: ws.owner.id }, opts);
    expect(remove.errors?.[0].extensions?.code).toBe('CONFLICT');

    const second = await addMember(api, ws, 'admin');
    const promote = await api.gql(UPDATE_ROLE, { input: { userId: second.id, role: 'owner' } }, { token: second.token, workspaceId: ws.id });
    expect(promote.errors?.[0].extensions?.code).toBe('FORBIDDEN'); // an admin cannot make owners
    await api.gqlOk(UPDATE_ROLE, { input: { userId: second.id, role: 'owner' } }, opts);
    const demoted = await api.gqlOk<{ updateMemberRole: { role: string } }>(UPDATE_ROLE, { input: { userId: ws.owner.id, role: 'admin' } }, opts);
    expect(demoted.updateMemberRole.role).toBe('admin');
    expect(await count(`SELECT count(*) AS n FROM membership WHERE workspace_id = $1 AND role = 'owner'`, [ws.id])).toBe(1);
  });

  it('manages teams', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    const editor = await addMember(api, ws, 'editor');
    const team = await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "客服中心" }) { id } }`, {}, opts);
    const added = await api.gqlOk<{ addTeamMember: { memberIds: string[] } }>(
      `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { memberIds } }`,
      { input: { teamId: team.createTeam.id, userId: editor.id } },
      opts,
    );
    expect(added.addTeamMember.memberIds).toEqual([editor.id]);
    const dup = await api.gql(`mutation { createTeam(input: { name: "客服中心" }) { id } }`, {}, opts);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, and stops working when revoked', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    const created = await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string; prefix: string } } }>(
      CREATE_TOKEN,
      { input: { name: 'WeChat mini-program', scopes: ['feedback:write'] } },
      opts,
    );
    const { secret, apiToken } = created.createApiToken;
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    const stored = await db.query(`SELECT token_hash FROM api_token WHERE id = $1`, [apiToken.id]);
    expect(stored.rows[0].token_hash).not.toContain(secret.slice(6));

    const ok = await api.http('/api/v1/token', { token: secret });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ workspaceId: ws.id, tokenId: apiToken.id });

    // A token is not a session, and a session is not a token.
    expect((await api.gql(ME, {}, { token: secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.http('/api/v1/token', { token: ws.owner.token })).status).toBe(401);

    await api.gqlOk(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, opts);
    const revoked = await api.http('/api/v1/token', { token: secret });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.code).toBe('UNAUTHENTICATED');
  });
});
