import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, ensureDatabaseRoles, runMigrations } from '@opencx/server-database';
import { createTestDatabase, TEST_ROLES, type TestDatabase } from '@opencx/server-testing';
import { loadConfig } from '../config';
import { JsonLogger } from '../json-logger';
import { startApi, StartupError, type RunningApi } from '../start-api';

/** Keeps the warnings the API logs (the JSON logger would print them). */
class RecordingLogger extends JsonLogger {
  readonly warnings: string[] = [];
  constructor() {
    super('error');
  }
  override warn(message: unknown): void {
    this.warnings.push(String(message));
  }
}

let database: TestDatabase;
let admin: Client;
const bypassRole = `opencx_bypass_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE ROLE ${bypassRole} LOGIN NOSUPERUSER BYPASSRLS PASSWORD 'bypass'`);
});

afterAll(async () => {
  await admin.query(`DROP OWNED BY ${bypassRole}`);
  await admin.query(`DROP ROLE ${bypassRole}`);
  await admin.end();
  await database.drop();
});

const withRole = (url: string, user: string, password: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
};

async function start(env: Record<string, string>, logger = new RecordingLogger()): Promise<RunningApi> {
  const config = { ...loadConfig({ PORT: '0', LOG_LEVEL: 'error', ...env }), schemaFile: null };
  return startApi(config, logger);
}

async function refusal(env: Record<string, string>): Promise<string> {
  const error = await start(env).then(
    async (api) => {
      await api.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  const message = (error as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

async function gql<T>(api: RunningApi, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs up, creates a workspace and reads it back: tenant writes and reads both work. */
async function useTenantData(api: RunningApi): Promise<void> {
  const email = `rls.${randomBytes(4).toString('hex')}@example.com`;
  const { signUp } = await gql<{ signUp: { token: string } }>(api, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
    i: { email, password: 'correct horse battery', displayName: 'RLS' },
  });
  const auth = { authorization: `Bearer ${signUp.token}` };
  const { createWorkspace } = await gql<{ createWorkspace: { id: string } }>(api, `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`, { i: { name: 'RLS' } }, auth);
  const scoped = { ...auth, 'x-workspace-id': createWorkspace.id };
  await gql(api, `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }`, { i: { name: 'Resident' } }, scoped);
  const { personas } = await gql<{ personas: { name: string }[] }>(api, `{ personas { name } }`, {}, scoped);
  expect(personas.map((p) => p.name)).toEqual(['Resident']);
}

describe('API start-up and row-level security', () => {
  it('serves as the application role after migrating as the owner, with no warning', async () => {
    const logger = new RecordingLogger();
    const api = await start({ DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.ownerUrl }, logger);
    try {
      await useTenantData(api);
      expect(logger.warnings).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('refuses to serve as a superuser, in one line', async () => {
    expect(await refusal({ DATABASE_URL: database.url })).toMatch(/^the database role "\w+" is a superuser, so row-level security would not apply: .*OPENCX_RLS=off$/);
  });

  it('refuses to serve as the role that owns the tables', async () => {
    expect(await refusal({ DATABASE_URL: database.ownerUrl })).toMatch(/^the database role "opencx_owner" owns \d+ tables \(.*\), so row-level security would not apply/);
  });

  it('refuses to serve as a role with BYPASSRLS', async () => {
    const url = withRole(database.url, bypassRole, 'bypass');
    expect(await refusal({ DATABASE_URL: url, DATABASE_OWNER_URL: database.ownerUrl })).toMatch(new RegExp(`^the database role "${bypassRole}" has BYPASSRLS`));
  });

  it('starts as the owner with OPENCX_RLS=off, warns loudly, and still sets the tenant (FORCE applies to the owner)', async () => {
    const logger = new RecordingLogger();
    const api = await start({ DATABASE_URL: database.ownerUrl, OPENCX_RLS: 'off' }, logger);
    try {
      await useTenantData(api);
      expect(logger.warnings).toEqual([expect.stringMatching(/^ROW-LEVEL SECURITY IS OFF \(OPENCX_RLS=off\): the database role "opencx_owner" owns \d+ tables/)]);
    } finally {
      await api.close();
    }
  });

  it('starts as a superuser with OPENCX_RLS=off and warns loudly', async () => {
    const logger = new RecordingLogger();
    const api = await start({ DATABASE_URL: database.url, OPENCX_RLS: 'off' }, logger);
    try {
      await useTenantData(api);
      expect(logger.warnings).toEqual([expect.stringMatching(/^ROW-LEVEL SECURITY IS OFF \(OPENCX_RLS=off\): the database role "\w+" is a superuser/)]);
    } finally {
      await api.close();
    }
  });

  it('upgrades a database the superuser migrated before the roles existed (as an old embedded .data/pg)', async () => {
    const legacyDb = await createTestDatabase();
    try {
      // As earlier versions did: the superuser migrates and owns every table.
      const legacy = createDataSource({ url: legacyDb.url, entities: [] });
      await legacy.initialize();
      await runMigrations(legacy);
      await legacy.destroy();

      // What the embedded start runs as its superuser: the roles, and the superuser's objects handed to the owner.
      const roles = await ensureDatabaseRoles(legacyDb.url, { ownerPassword: TEST_ROLES.owner.password, appPassword: TEST_ROLES.app.password });
      expect(roles).toEqual({ ownerUrl: legacyDb.ownerUrl, appUrl: legacyDb.appUrl });
      const inspect = new Client({ connectionString: legacyDb.url });
      await inspect.connect();
      const owners = await inspect.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`);
      const functions = await inspect.query(`SELECT DISTINCT pg_get_userbyid(proowner) AS owner FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`);
      await inspect.end();
      expect(owners.rows).toEqual([{ tableowner: 'opencx_owner' }]);
      expect(functions.rows).toEqual([{ owner: 'opencx_owner' }]);

      const logger = new RecordingLogger();
      const api = await start({ DATABASE_URL: roles.appUrl, DATABASE_OWNER_URL: roles.ownerUrl }, logger);
      try {
        await useTenantData(api);
        expect(logger.warnings).toEqual([]);
      } finally {
        await api.close();
      }
    } finally {
      await legacyDb.drop();
    }
  });
});
