import { Client } from 'pg';
import { builtInPlugins } from './app-under-test';
import { createWorkspace } from './builders';
import { changedTables, snapshotDatabase } from './database-snapshot';
import { startTestApi, type TestApi } from './test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function roleOf(url: string): Promise<{ user: string; sees_all: boolean }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ user: string; sees_all: boolean }>(
      `SELECT current_user AS user, rolsuper OR rolbypassrls AS sees_all FROM pg_roles WHERE rolname = current_user`,
    );
    return rows[0];
  } finally {
    await db.end();
  }
}

describe('startTestApi, from a lib that does not import the app', () => {
  it('boots the composed API with the plugins it ships', async () => {
    const ws = await createWorkspace(api);
    const { plugins } = await api.gqlOk<{ plugins: { id: string }[] }>(`{ plugins { id } }`, {}, { token: ws.owner.token, workspaceId: ws.id });
    expect(plugins.map((p) => p.id).sort()).toEqual(builtInPlugins().map((p) => p.id).sort());
    expect(plugins.length).toBeGreaterThan(0);
  });

  it('gives a superuser URL that sees every row, and serves as an application role under row-level security', async () => {
    expect(await roleOf(api.databaseUrl)).toMatchObject({ sees_all: true });
    expect(await roleOf(api.appDatabaseUrl)).toEqual({ user: 'opencx_app', sees_all: false });
  });

  it('counts data statements apart from transaction control, and resets the counts', async () => {
    const ws = await createWorkspace(api);
    const opts = { token: ws.owner.token, workspaceId: ws.id };
    api.resetQueryCount();
    expect([api.queryCount(), api.controlCount()]).toEqual([0, 0]);
    await api.gqlOk(`{ journeys { nodes { id } } }`, {}, opts);
    expect(api.queryCount()).toBeGreaterThan(0);
    // A read is one read-only transaction with the tenant set: begin, set_config, commit at least.
    expect(api.controlCount()).toBeGreaterThanOrEqual(2);
    api.resetQueryCount();
    expect([api.queryCount(), api.controlCount()]).toEqual([0, 0]);
  });

  it('gqlOk fails on a GraphQL error; gql returns it', async () => {
    await expect(api.gqlOk(`{ noSuchField }`)).rejects.toThrow(/GraphQL error/);
    const result = await api.gql(`{ noSuchField }`);
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('a snapshot sees a change in any table, and refuses a connection under row-level security', async () => {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const before = await snapshotDatabase(db);
      await createWorkspace(api);
      expect(changedTables(before, await snapshotDatabase(db))).toEqual(expect.arrayContaining(['app_user', 'workspace']));
    } finally {
      await db.end();
    }
    const app = new Client({ connectionString: api.appDatabaseUrl });
    await app.connect();
    try {
      await expect(snapshotDatabase(app)).rejects.toThrow(/sees every row/);
    } finally {
      await app.end();
    }
  });
});
