import { Client } from 'pg';
import { startTestApi, type TestApi } from '../testing';

/** Tables that are not owned by a workspace (reference data and the workspace itself). */
// security_event: an account's log spans workspaces; events about one workspace name it in `detail`.
// plugin_release: what each installed plugin version contained; plugins are installed per deployment.
const GLOBAL_TABLES = ['app_user', 'user_session', 'workspace', 'rate_limit_bucket', 'migrations', 'security_event', 'plugin_release'];

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

const TENANT_EXPR = `%workspace_id = (NULLIF(current_setting('app.workspace_id'::text, true)%`;

/**
 * DESIGN.md §6: every table with a workspace_id is under forced row-level security with the
 * tenant policy (USING and WITH CHECK), and every unique index of it — constraint or bare
 * CREATE UNIQUE INDEX, partial or on expressions — includes workspace_id. Returns what breaks that.
 */
async function rowLevelSecurityOffenders(client: Client): Promise<{ tables: string[]; offenders: string[] }> {
  const tables = (
    await client.query(
      `SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              EXISTS (SELECT 1 FROM pg_policy p
                       WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation' AND p.polcmd = '*' AND p.polpermissive
                         AND pg_get_expr(p.polqual, p.polrelid) LIKE $1 AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE $1) AS policy
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped)
        ORDER BY c.relname`,
      [TENANT_EXPR],
    )
  ).rows as { name: string; rls: boolean; forced: boolean; policy: boolean }[];
  const indexes = (
    await client.query(`
      SELECT c.relname AS table_name, i.relname AS index_name,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND a.attnum = ANY (x.indkey)) AS keyed
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class c ON c.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND x.indisunique
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped)
       ORDER BY i.relname`)
  ).rows as { table_name: string; index_name: string; keyed: boolean }[];
  return {
    tables: tables.map((t) => t.name),
    offenders: [
      ...tables.filter((t) => !t.rls || !t.forced).map((t) => `${t.name}: row-level security not enabled and forced`),
      ...tables.filter((t) => !t.policy).map((t) => `${t.name}: no tenant_isolation policy`),
      ...indexes.filter((x) => !x.keyed).map((x) => `${x.table_name}.${x.index_name}: unique index without workspace_id`),
    ],
  };
}

it('puts every table with a workspace_id under forced row-level security, and every unique index on workspace_id', async () => {
  const { tables, offenders } = await rowLevelSecurityOffenders(db);
  expect(tables).toEqual(expect.arrayContaining(['membership', 'invitation', 'api_token', 'journey', 'touchpoint', 'touchpoint_metric', 'audit_event']));
  expect(offenders).toEqual([]);
});

it('names a tenant table without forced RLS or tenant policy, and a unique index without workspace_id', async () => {
  // The check must be able to fail: a probe table breaks each rule, in a transaction rolled back afterwards.
  await db.query('BEGIN');
  try {
    await db.query(`CREATE TABLE rls_probe (workspace_id uuid NOT NULL, id uuid NOT NULL, email text, PRIMARY KEY (workspace_id, id))`);
    await db.query(`CREATE UNIQUE INDEX rls_probe_email_key ON rls_probe (lower(email)) WHERE email IS NOT NULL`);
    await db.query(`CREATE TABLE rls_probe_unforced (workspace_id uuid NOT NULL)`);
    await db.query(`ALTER TABLE rls_probe_unforced ENABLE ROW LEVEL SECURITY`);
    await db.query(`CREATE POLICY tenant_isolation ON rls_probe_unforced USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
    const { offenders } = await rowLevelSecurityOffenders(db);
    expect(offenders).toEqual([
      'rls_probe: row-level security not enabled and forced',
      'rls_probe_unforced: row-level security not enabled and forced',
      'rls_probe: no tenant_isolation policy',
      'rls_probe.rls_probe_email_key: unique index without workspace_id',
    ]);
  } finally {
    await db.query('ROLLBACK');
  }
});
