import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { createWorkspace, signUpUser, startTestApi, type TestApi } from '@opencx/server-testing';

const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id } } }`;
const TOKENS = `{ apiTokens { id lastUsedAt } }`;

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

describe('stored credentials', () => {
  it('stores the password as an argon2id hash only', async () => {
    const user = await signUpUser(api, 'hashed');
    const row = (await db.query(`SELECT * FROM app_user WHERE id = $1`, [user.id])).rows[0];
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(JSON.stringify(row)).not.toContain('correct horse battery');
  });

  it('keeps no usable secret in the session table', async () => {
    const user = await signUpUser(api, 'session');
    const rows = (await db.query(`SELECT * FROM user_session WHERE user_id = $1`, [user.id])).rows;
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(user.token.slice(6));
    expect(rows[0].token_hash).toBe(createHash('sha256').update(user.token).digest('hex'));
    // Whatever the table holds, presented as a bearer token, opens nothing.
    for (const value of Object.values(rows[0]).filter((v): v is string => typeof v === 'string')) {
      for (const candidate of [value, `ocx_s_${value}`]) {
        expect((await api.gql(`{ me { user { id } } }`, {}, { token: candidate })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    }
    expect((await api.gqlOk<{ me: { user: { id: string } } }>(`{ me { user { id } } }`, {}, { token: user.token })).me.user.id).toBe(user.id);
  });
});

describe('API token scopes', () => {
  it('refuses an unknown scope when issuing, naming the field, and issues nothing', async () => {
    const ws = await createWorkspace(api);
    const r = await api.gql(CREATE_TOKEN, { input: { name: 'Too powerful', scopes: ['admin:all'] } }, { token: ws.owner.token, workspaceId: ws.id });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    expect(Number((await db.query(`SELECT count(*) AS n FROM api_token WHERE workspace_id = $1`, [ws.id])).rows[0].n)).toBe(0);
  });

  it('sets lastUsedAt only on a successful, in-scope use', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    const lastUsed = async (id: string) => (await api.gqlOk<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(TOKENS, {}, opts)).apiTokens.find((t) => t.id === id)?.lastUsedAt;

    const inScope = (await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string } } }>(CREATE_TOKEN, { input: { name: 'Survey tool', scopes: ['feedback:write'] } }, opts)).createApiToken;
    const outOfScope = (await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string } } }>(CREATE_TOKEN, { input: { name: 'Other', scopes: ['feedback:write'] } }, opts)).createApiToken;
    // A token whose scopes no longer include feedback:write (as a future read-only scope would be).
    await db.query(`UPDATE api_token SET scopes = '{reports:read}' WHERE workspace_id = $1 AND id = $2`, [ws.id, outOfScope.apiToken.id]);
    expect(await lastUsed(inScope.apiToken.id)).toBeNull();

    const refused = await api.http('/api/v1/token', { token: outOfScope.secret });
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.message).toContain('feedback:write');
    expect(await lastUsed(outOfScope.apiToken.id)).toBeNull();

    // A wrong secret with a real token's prefix changes nothing either.
    expect((await api.http('/api/v1/token', { token: `${inScope.secret.slice(0, 12)}${'x'.repeat(31)}` })).status).toBe(401);
    expect(await lastUsed(inScope.apiToken.id)).toBeNull();

    const before = Date.now();
    expect((await api.http('/api/v1/token', { token: inScope.secret })).status).toBe(200);
    const used = await lastUsed(inScope.apiToken.id);
    expect(used).not.toBeNull();
    expect(Date.parse(used as string)).toBeGreaterThanOrEqual(before - 5000);

    await api.gqlOk(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: inScope.apiToken.id }, opts);
    await db.query(`UPDATE api_token SET last_used_at = NULL WHERE workspace_id = $1 AND id = $2`, [ws.id, inScope.apiToken.id]);
    expect((await api.http('/api/v1/token', { token: inScope.secret })).status).toBe(401);
    expect(await lastUsed(inScope.apiToken.id)).toBeNull();
  });

  it('records a use to the minute: a use within a minute of the recorded one leaves it, a later one moves it', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    const token = (await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string } } }>(CREATE_TOKEN, { input: { name: 'Pusher', scopes: ['feedback:write'] } }, opts)).createApiToken;
    const setLastUsed = (age: string) => db.query(`UPDATE api_token SET last_used_at = now() - $3::interval WHERE workspace_id = $1 AND id = $2 RETURNING last_used_at`, [ws.id, token.apiToken.id, age]);
    const stored = async () => (await db.query(`SELECT last_used_at FROM api_token WHERE workspace_id = $1 AND id = $2`, [ws.id, token.apiToken.id])).rows[0].last_used_at as Date;

    const recent = (await setLastUsed('30 seconds')).rows[0].last_used_at as Date;
    expect((await api.http('/api/v1/token', { token: token.secret })).status).toBe(200);
    expect((await stored()).getTime()).toBe(recent.getTime());

    const old = (await setLastUsed('2 minutes')).rows[0].last_used_at as Date;
    expect((await api.http('/api/v1/token', { token: token.secret })).status).toBe(200);
    // Moved to the use: at least a minute and a half later than the two-minute-old value.
    expect((await stored()).getTime() - old.getTime()).toBeGreaterThanOrEqual(90000);
  });
});
