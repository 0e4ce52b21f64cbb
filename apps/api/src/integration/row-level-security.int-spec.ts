import { Client } from 'pg';
import { createWorkspace, startTestApi, type TestApi } from '../testing';

const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('the API under row-level security', () => {
  it('serves as the application role, which sees no tenant row outside a unit of work', async () => {
    const ws = await createWorkspace(api);
    await api.gqlOk(`mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }`, { i: { name: 'Resident' } }, { token: ws.owner.token, workspaceId: ws.id });
    const app = new Client({ connectionString: api.appDatabaseUrl });
    await app.connect();
    try {
      const [{ role }] = (await app.query(`SELECT current_user AS role`)).rows;
      expect(role).toBe('opencx_app');
      expect((await app.query(`SELECT * FROM persona`)).rows).toEqual([]);
      expect((await app.query(`SELECT * FROM membership`)).rows).toEqual([]);
    } finally {
      await app.end();
    }
    const admin = new Client({ connectionString: api.databaseUrl });
    await admin.connect();
    expect((await admin.query(`SELECT name FROM persona WHERE workspace_id = $1`, [ws.id])).rows).toEqual([{ name: 'Resident' }]);
    await admin.end();
  });

  it('reads in one read-only tenant transaction: two control statements beside the data statements', async () => {
    const ws = await createWorkspace(api);
    api.resetQueryCount();
    await api.gqlOk(`{ personas { id } }`, {}, { token: ws.owner.token, workspaceId: ws.id });
    // session + role (one statement), the personas; START TRANSACTION READ ONLY + tenant setting (one round trip), COMMIT.
    expect({ data: api.queryCount(), control: api.controlCount() }).toEqual({ data: 2, control: 2 });
  });

  it('authenticates an API token inside the workspace it names, and no other', async () => {
    const [a, b] = [await createWorkspace(api), await createWorkspace(api)];
    const { createApiToken } = await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string } } }>(
      CREATE_TOKEN,
      { input: { name: 'Survey tool', scopes: ['feedback:write'] } },
      { token: a.owner.token, workspaceId: a.id },
    );
    const { secret } = createApiToken;
    expect(secret).toMatch(new RegExp(`^ocx_t_[A-Za-z0-9_-]+\\.${a.id}$`));
    const ok = await api.http('/api/v1/token', { token: secret });
    expect(await ok.json()).toEqual({ workspaceId: a.id, tokenId: createApiToken.apiToken.id });

    // The same secret pointed at another workspace, or with no workspace at all, finds nothing.
    for (const forged of [secret.replace(a.id, b.id), secret.slice(0, secret.lastIndexOf('.'))]) {
      const refused = await api.http('/api/v1/token', { token: forged });
      expect(refused.status).toBe(401);
    }
  });
});
