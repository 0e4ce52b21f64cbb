import { Client } from 'pg';
import { startTestApi, type TestApi } from '../testing';

/** Tables that are not owned by a workspace (reference data and the workspace itself). */
// security_event: an account's log spans workspaces; events about one workspace name it in `detail`.
const GLOBAL_TABLES = ['app_user', 'user_session', 'workspace', 'rate_limit_bucket', 'migrations', 'security_event'];

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

/**
 * DESIGN.md §2: every tenant table carries workspace_id, and every primary key, unique constraint
 * and foreign key between tenant tables includes it — a join can never cross tenants, and the
 * schema can be distributed by workspace_id. A new migration that forgets this fails here.
 */
it('keys every tenant table, unique constraint and foreign key by workspace_id', async () => {
  const tables = (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows.map((r) => r.table_name as string);
  const tenant = tables.filter((t) => !GLOBAL_TABLES.includes(t));
  expect(tenant).toEqual(expect.arrayContaining(['membership', 'journey', 'stage', 'touchpoint', 'audit_event', 'metric_definition']));

  const columns = (await db.query(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'workspace_id'`)).rows.map((r) => r.table_name);
  expect(tenant.filter((t) => !columns.includes(t))).toEqual([]);

  const constraints = (
    await db.query(`
      SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, c.confrelid::regclass::text AS ref_table,
             array(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS cols
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'f')`)
  ).rows as { table_name: string; conname: string; contype: string; ref_table: string; cols: string[] }[];

  const offenders = constraints
    .filter((c) => tenant.includes(c.table_name))
    .filter((c) => c.contype !== 'f' || tenant.includes(c.ref_table))
    .filter((c) => !c.cols.includes('workspace_id'))
    .map((c) => `${c.table_name}.${c.conname}`);
  expect(offenders).toEqual([]);
  expect(constraints.filter((c) => tenant.includes(c.table_name) && c.contype === 'f').length).toBeGreaterThan(10);
});
