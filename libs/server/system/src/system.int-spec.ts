import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

const DETAILS = `{ systemDetails { version nodeVersion startedAt database { reachable serverVersion migrationsApplied migrationsPending } } }`;

let api: TestApi;
let workspace: TestWorkspace;

beforeAll(async () => {
  api = await startTestApi();
  workspace = await createWorkspace(api);
});

afterAll(() => api.close());

describe('what anonymous callers learn about the system', () => {
  it('the public system query answers version and readiness only', async () => {
    const data = await api.gqlOk<{ system: unknown }>(`{ system { version ready database { reachable } } }`);
    expect(data.system).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), ready: true, database: { reachable: true } });
    for (const field of ['nodeVersion', 'startedAt', 'database { serverVersion }', 'database { migrationsPending }']) {
      const leak = await api.gql(`{ system { ${field} } }`);
      expect(leak.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('systemDetails needs a signed-in admin of a workspace', async () => {
    expect((await api.gql(DETAILS)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(DETAILS, {}, { workspaceId: workspace.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const editor = await addMember(api, workspace, 'editor');
    expect((await api.gql(DETAILS, {}, { token: editor.token, workspaceId: workspace.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an admin sees the Node.js and PostgreSQL versions and migrations', async () => {
    const admin = await addMember(api, workspace, 'admin');
    const { systemDetails } = await api.gqlOk<{ systemDetails: { nodeVersion: string; database: { serverVersion: string; migrationsApplied: number; migrationsPending: string[] } } }>(
      DETAILS,
      {},
      { token: admin.token, workspaceId: workspace.id },
    );
    expect(systemDetails.nodeVersion).toBe(process.version);
    expect(systemDetails.database.serverVersion).toMatch(/^1[4-9]/);
    expect(systemDetails.database.migrationsApplied).toBeGreaterThan(0);
    expect(systemDetails.database.migrationsPending).toEqual([]);
  });

  it('/readyz and /healthz answer a status and nothing else', async () => {
    const ready = await api.http('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(await (await api.http('/healthz')).json()).toEqual({ status: 'ok' });
  });
});
