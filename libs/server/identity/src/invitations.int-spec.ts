import { Client } from 'pg';
import { createWorkspace, inviteByLink, signUpUser, startTestApi, uniqueEmail, type TestApi } from '@opencx/server-testing';

const ME = `{ me { workspaces { id role } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id email role status expiresAt } token link emailed } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id name role } }`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { workspaceId workspaceName role invitedEmail status alreadyMember } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const INVITATIONS = `{ invitations { id email status } }`;

let api: TestApi;
let db: Client;

beforeAll(async () => {
  api = await startTestApi({ env: { OPENCX_PUBLIC_URL: 'https://cx.example.com/' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await api.close();
});

const workspacesOf = async (token: string) => (await api.gqlOk<{ me: { workspaces: { id: string; role: string }[] } }>(ME, {}, { token })).me.workspaces;
const memberships = async (workspaceId: string, userId: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM membership WHERE workspace_id = $1 AND user_id = $2`, [workspaceId, userId])).rows[0].n);

describe('invitation links', () => {
  it('answers inviteMember with a pending invitation and a one-time link, storing only its hash', async () => {
    const ws = await createWorkspace(api, undefined, '华东物业');
    const email = uniqueEmail('invitee');
    const r = await api.gqlOk<{ inviteMember: { invitation: { id: string; email: string; role: string; status: string; expiresAt: string }; token: string; link: string; emailed: boolean } }>(
      INVITE,
      { input: { email, role: 'editor' } },
      { token: ws.owner.token, workspaceId: ws.id },
    );
    const { invitation, token, link, emailed } = r.inviteMember;
    expect(invitation).toMatchObject({ email, role: 'editor', status: 'pending' });
    expect(token.startsWith(`${ws.id}.ocx_i_`)).toBe(true);
    expect(link).toBe(`https://cx.example.com/invite/${token}`);
    expect(emailed).toBe(false); // no SMTP configured: the link goes to the log
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const stored = (await db.query(`SELECT * FROM invitation WHERE id = $1`, [invitation.id])).rows[0];
    const secret = token.slice(token.indexOf('.') + 1);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(6));
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never adds an existing account nor reveals that it exists', async () => {
    const ws = await createWorkspace(api);
    const existing = await signUpUser(api, 'existing');
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    const forExisting = await api.gqlOk<{ inviteMember: Record<string, unknown> }>(INVITE, { input: { email: existing.email, role: 'viewer' } }, opts);
    const forNobody = await api.gqlOk<{ inviteMember: Record<string, unknown> }>(INVITE, { input: { email: uniqueEmail('nobody'), role: 'viewer' } }, opts);
    // Same shape, same status, nothing about accounts.
    const shape = (x: Record<string, unknown>) => Object.keys(x).sort();
    expect(shape(forExisting.inviteMember)).toEqual(shape(forNobody.inviteMember));
    expect((forExisting.inviteMember.invitation as { status: string }).status).toBe('pending');
    expect(await memberships(ws.id, existing.id)).toBe(0);
    expect(await workspacesOf(existing.token)).toEqual([]);
  });

  it('signing up with an invited email joins nothing', async () => {
    const ws = await createWorkspace(api);
    const email = uniqueEmail('hopeful');
    await inviteByLink(api, ws, email, 'admin');
    const signUp = await api.gqlOk<{ signUp: { token: string; user: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`, {
      input: { email, password: 'correct horse battery', displayName: 'Hopeful' },
    });
    expect(await workspacesOf(signUp.signUp.token)).toEqual([]);
    expect(await memberships(ws.id, signUp.signUp.user.id)).toBe(0);
  });

  it('accepting the link while signed in joins with the invited role, writes audit and security events, and works once', async () => {
    const ws = await createWorkspace(api, undefined, '客服中心');
    const invitee = await signUpUser(api, 'invitee');
    const { id, token } = await inviteByLink(api, ws, invitee.email, 'editor');

    const preview = await api.gqlOk<{ invitationPreview: Record<string, unknown> }>(PREVIEW, { token }, { token: invitee.token });
    expect(preview.invitationPreview).toEqual({ workspaceId: ws.id, workspaceName: '客服中心', role: 'editor', invitedEmail: invitee.email, status: 'pending', alreadyMember: false });

    const accepted = await api.gqlOk<{ acceptInvitation: { id: string; name: string; role: string } }>(ACCEPT, { token }, { token: invitee.token, headers: { 'user-agent': 'invite-test/1.0' } });
    expect(accepted.acceptInvitation).toEqual({ id: ws.id, name: '客服中心', role: 'editor' });
    expect(await workspacesOf(invitee.token)).toEqual([{ id: ws.id, role: 'editor' }]);

    const audit = await db.query(`SELECT action, actor_user_id, after FROM audit_event WHERE workspace_id = $1 AND action = 'invitation.accept'`, [ws.id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].actor_user_id).toBe(invitee.id);
    expect(audit.rows[0].after).toMatchObject({ userId: invitee.id, role: 'editor', invitationId: id, invitedEmail: invitee.email });
    const security = await db.query(`SELECT user_id, user_agent, detail FROM security_event WHERE kind = 'invitation_accepted' AND user_id = $1`, [invitee.id]);
    expect(security.rows).toHaveLength(1);
    expect(security.rows[0].user_agent).toBe('invite-test/1.0');
    expect(security.rows[0].detail).toMatchObject({ workspaceId: ws.id, invitationId: id, role: 'editor' });

    // Reused: by the same account, and by anyone else.
    const again = await api.gql(ACCEPT, { token }, { token: invitee.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'accepted', field: 'token' });
    const stranger = await signUpUser(api, 'stranger');
    const reused = await api.gql(ACCEPT, { token }, { token: stranger.token });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'accepted' });
    expect(await memberships(ws.id, stranger.id)).toBe(0);
    // Gone from the pending list.
    const pending = await api.gqlOk<{ invitations: { id: string }[] }>(INVITATIONS, {}, { token: ws.owner.token, workspaceId: ws.id });
    expect(pending.invitations.map((i) => i.id)).not.toContain(id);
  });

  it('refuses an expired link and lets the admin issue a new one for the address', async () => {
    const ws = await createWorkspace(api);
    const invitee = await signUpUser(api, 'late');
    const { id, token } = await inviteByLink(api, ws, invitee.email, 'viewer');
    await db.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE workspace_id = $1 AND id = $2`, [ws.id, id]);
    const preview = await api.gqlOk<{ invitationPreview: { status: string } }>(PREVIEW, { token }, { token: invitee.token });
    expect(preview.invitationPreview.status).toBe('expired');
    const r = await api.gql(ACCEPT, { token }, { token: invitee.token });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'expired' });
    expect(r.errors?.[0].message).toMatch(/expired/);
    expect(await memberships(ws.id, invitee.id)).toBe(0);

    const fresh = await inviteByLink(api, ws, invitee.email, 'viewer');
    expect(fresh.id).not.toBe(id);
    await api.gqlOk(ACCEPT, { token: fresh.token }, { token: invitee.token });
    expect(await memberships(ws.id, invitee.id)).toBe(1);
  });

  it('refuses a revoked link; revoking is admin-only and audited', async () => {
    const ws = await createWorkspace(api);
    const invitee = await signUpUser(api, 'revoked');
    const { id, token } = await inviteByLink(api, ws, invitee.email, 'editor');

    // The invitee holding the link cannot revoke (nor list) the workspace's invitations.
    const notMember = await api.gql(REVOKE, { id }, { token: invitee.token, workspaceId: ws.id });
    expect(notMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const revoked = await api.gqlOk<{ revokeInvitation: { status: string } }>(REVOKE, { id }, { token: ws.owner.token, workspaceId: ws.id });
    expect(revoked.revokeInvitation.status).toBe('revoked');
    const r = await api.gql(ACCEPT, { token }, { token: invitee.token });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'revoked' });
    expect(await memberships(ws.id, invitee.id)).toBe(0);
    const audit = await db.query(`SELECT count(*) AS n FROM audit_event WHERE workspace_id = $1 AND action = 'invitation.revoke' AND entity_id = $2`, [ws.id, id]);
    expect(Number(audit.rows[0].n)).toBe(1);
    const pending = await api.gqlOk<{ invitations: { id: string }[] }>(INVITATIONS, {}, { token: ws.owner.token, workspaceId: ws.id });
    expect(pending.invitations.map((i) => i.id)).not.toContain(id);
  });

  it('the link is the proof: another signed-in account may accept it once, and the logs show who', async () => {
    const ws = await createWorkspace(api);
    const invitedEmail = uniqueEmail('invited');
    const { id, token } = await inviteByLink(api, ws, invitedEmail, 'viewer');
    const other = await signUpUser(api, 'other-address');
    await api.gqlOk(ACCEPT, { token }, { token: other.token });
    expect(await workspacesOf(other.token)).toEqual([{ id: ws.id, role: 'viewer' }]);
    const row = (await db.query(`SELECT accepted_by, email FROM invitation WHERE workspace_id = $1 AND id = $2`, [ws.id, id])).rows[0];
    expect(row).toEqual({ accepted_by: other.id, email: invitedEmail });
    const events = await api.gqlOk<{ securityEvents: { events: { kind: string; userId: string; detail: Record<string, unknown> }[] } }>(
      `{ securityEvents(first: 20) { events { kind userId detail } } }`,
      {},
      { token: ws.owner.token, workspaceId: ws.id },
    );
    expect(events.securityEvents.events).toContainEqual(
      expect.objectContaining({ kind: 'invitation_accepted', userId: other.id, detail: expect.objectContaining({ invitedEmail, invitationId: id }) }),
    );
    // The address it was sent to cannot use it afterwards.
    const owner = await signUpUser(api, 'late-owner');
    const r = await api.gql(ACCEPT, { token }, { token: owner.token });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'accepted' });
  });

  it('needs a signed-in account, a well-formed token and the right secret for the right workspace', async () => {
    const ws = await createWorkspace(api);
    const other = await createWorkspace(api);
    const user = await signUpUser(api, 'prober');
    const { token } = await inviteByLink(api, ws, user.email, 'editor');

    expect((await api.gql(ACCEPT, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(PREVIEW, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const bad of ['nonsense', `${ws.id}.nope`, `not-a-uuid.ocx_i_abc`]) {
      const r = await api.gql(ACCEPT, { token: bad }, { token: user.token });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }
    // The secret of one workspace's invitation presented for another workspace finds nothing.
    const secret = token.slice(token.indexOf('.') + 1);
    const crossed = await api.gql(ACCEPT, { token: `${other.id}.${secret}` }, { token: user.token });
    expect(crossed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const guessed = await api.gql(ACCEPT, { token: `${ws.id}.ocx_i_${'A'.repeat(43)}` }, { token: user.token });
    expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await memberships(other.id, user.id)).toBe(0);
    expect(await memberships(ws.id, user.id)).toBe(0);
  });

  it('refuses a member accepting again without using up the link, and an admin granting owner', async () => {
    const ws = await createWorkspace(api);
    const { token } = await inviteByLink(api, ws, uniqueEmail('x'), 'viewer');
    const r = await api.gql(ACCEPT, { token }, { token: ws.owner.token });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'already_member' });
    const still = await api.gqlOk<{ invitationPreview: { status: string; alreadyMember: boolean } }>(PREVIEW, { token }, { token: ws.owner.token });
    expect(still.invitationPreview).toMatchObject({ status: 'pending', alreadyMember: true });

    const admin = await signUpUser(api, 'admin');
    const adminInvite = await inviteByLink(api, ws, admin.email, 'admin');
    await api.gqlOk(ACCEPT, { token: adminInvite.token }, { token: admin.token });
    const owner = await api.gql(INVITE, { input: { email: uniqueEmail('o'), role: 'owner' } }, { token: admin.token, workspaceId: ws.id });
    expect(owner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dup = await api.gql(INVITE, { input: { email: admin.email.toUpperCase(), role: 'viewer' } }, { token: ws.owner.token, workspaceId: ws.id });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
