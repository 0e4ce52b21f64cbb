import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EntitySchema, type DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { createDataSource, runMigrations } from '../data-source';
import { RowLevelSecurity1764000000000 } from '../migrations/1764000000000-row-level-security';
import { grantApplicationRole, inspectServingRole, isControlStatement, rowLevelSecurityGap } from '../database-roles';
import { TenantDb } from './tenant-db';
import type { WorkspaceContext } from './request-context';

interface Team {
  workspaceId: string;
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
}

/** The `team` table (identity's) as this lib's specs see it: any tenant table would do. */
const TeamSchema = new EntitySchema<Team>({
  name: 'TenancySpecTeam',
  tableName: 'team',
  columns: {
    workspaceId: { name: 'workspace_id', type: 'uuid', primary: true },
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});

let database: TestDatabase;
let admin: Client;
const open: DataSource[] = [];

/** A data source serving as the application role, like the API's. */
async function appDataSource(poolSize = 5): Promise<DataSource> {
  const ds = createDataSource({ url: database.appUrl, entities: [TeamSchema], poolSize });
  await ds.initialize();
  open.push(ds);
  return ds;
}

const ctx = (workspaceId: string): WorkspaceContext => ({ workspaceId, role: 'owner', actor: { userId: null, tokenId: null } });
const A = randomUUID();
const B = randomUUID();
const userA = randomUUID();
const userB = randomUUID();

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = createDataSource({ url: database.ownerUrl, entities: [] });
  await owner.initialize();
  await runMigrations(owner);
  await grantApplicationRole((sql) => owner.query(sql), 'opencx_app');
  await owner.destroy();

  // Rows of two workspaces, written from outside (the superuser bypasses row-level security).
  admin = new Client({ connectionString: database.url });
  await admin.connect();
  for (const [ws, user, teams] of [[A, userA, ['Alpha 1', 'Alpha 2']], [B, userB, ['Beta 1', 'Beta 2', 'Beta 3']]] as const) {
    await admin.query(`INSERT INTO workspace (id, name, slug) VALUES ($1, $2, $2)`, [ws, `ws-${ws.slice(0, 8)}`]);
    await admin.query(`INSERT INTO app_user (id, email, display_name, password_hash) VALUES ($1, $2, 'U', 'x')`, [user, `${user}@example.com`]);
    await admin.query(`INSERT INTO membership (workspace_id, id, user_id, role) VALUES ($1, $2, $3, 'owner')`, [ws, randomUUID(), user]);
    for (const name of teams) await admin.query(`INSERT INTO team (workspace_id, id, name) VALUES ($1, $2, $3)`, [ws, randomUUID(), name]);
  }
});

afterAll(async () => {
  for (const ds of open) await ds.destroy();
  await admin.end();
  await database.drop();
});

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

describe('the application role', () => {
  it('owns nothing and cannot bypass row-level security', async () => {
    const ds = await appDataSource(1);
    const serving = await inspectServingRole((sql) => ds.query(sql));
    expect(serving).toMatchObject({ role: 'opencx_app', superuser: false, bypassRls: false, ownedTables: [] });
    expect(rowLevelSecurityGap(serving)).toBeNull();
  });

  it('sees no tenant rows and can insert none when no workspace is set', async () => {
    const app = new Client({ connectionString: database.appUrl });
    await app.connect();
    try {
      expect((await app.query(`SELECT * FROM team`)).rows).toEqual([]);
      expect((await app.query(`SELECT * FROM membership`)).rows).toEqual([]);
      await expect(app.query(`INSERT INTO team (workspace_id, id, name) VALUES ($1, $2, 'Sneaky')`, [A, randomUUID()])).rejects.toThrow(/row-level security/);
    } finally {
      await app.end();
    }
  });

  it('sees only the current workspace in a deliberately unscoped SELECT *, and cannot write into another', async () => {
    const app = new Client({ connectionString: database.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.workspace_id', $1, true)`, [A]);
      expect(names((await app.query(`SELECT * FROM team`)).rows)).toEqual(['Alpha 1', 'Alpha 2']);
      await expect(app.query(`INSERT INTO team (workspace_id, id, name) VALUES ($1, $2, 'Into B')`, [B, randomUUID()])).rejects.toThrow(/row-level security/);
      await app.query('ROLLBACK');
      // Transaction-local: gone with the transaction.
      expect((await app.query(`SELECT * FROM team`)).rows).toEqual([]);
    } finally {
      await app.end();
    }
  });
});

describe('the owner role', () => {
  it('is subject to the policies too (FORCE), until a data migration lifts FORCE inside its own transaction', async () => {
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      expect((await owner.query(`SELECT count(*)::int AS n FROM team`)).rows).toEqual([{ n: 0 }]);
      await owner.query(`ALTER TABLE team NO FORCE ROW LEVEL SECURITY`);
      expect((await owner.query(`SELECT count(*)::int AS n FROM team`)).rows).toEqual([{ n: 5 }]);
      await owner.query(`ALTER TABLE team FORCE ROW LEVEL SECURITY`);
      await owner.query('COMMIT');
      expect((await owner.query(`SELECT count(*)::int AS n FROM team`)).rows).toEqual([{ n: 0 }]);
    } finally {
      await owner.end();
    }
  });
});

describe('TenantDb', () => {
  it('runs a read in a read-only transaction with the tenant set', async () => {
    const db = new TenantDb(await appDataSource());
    const [row] = await db.read(ctx(A), (tx) =>
      tx.query<{ asked: string; tenant: string; read_only: string }>(
        `SELECT id AS asked, current_setting('app.workspace_id', true) AS tenant, current_setting('transaction_read_only') AS read_only FROM workspace WHERE id = $1`,
      ),
    );
    expect(row).toEqual({ asked: A, tenant: A, read_only: 'on' });
    await expect(db.read(ctx(A), (tx) => tx.insert(TeamSchema, { name: 'Read-only' }))).rejects.toThrow(/read-only transaction/);
  });

  it('returns only the workspace’s rows even when the SQL forgets to filter', async () => {
    const db = new TenantDb(await appDataSource());
    const unscoped = `SELECT name FROM team WHERE workspace_id = $1 OR true`;
    expect(names(await db.read(ctx(A), (tx) => tx.query<{ name: string }>(unscoped)))).toEqual(['Alpha 1', 'Alpha 2']);
    expect(names(await db.read(ctx(B), (tx) => tx.query<{ name: string }>(unscoped)))).toEqual(['Beta 1', 'Beta 2', 'Beta 3']);
    expect(names(await db.write(ctx(B), (tx) => tx.query<{ name: string }>(unscoped)))).toEqual(['Beta 1', 'Beta 2', 'Beta 3']);
  });

  it('scopes find, insert, update and delete to the workspace', async () => {
    const db = new TenantDb(await appDataSource());
    const team = await db.write(ctx(A), (tx) => tx.insert(TeamSchema, { name: 'Alpha scoped' }));
    expect(team.workspaceId).toBe(A);
    // B cannot reach A's row by id, neither through the where clause nor past it.
    expect(await db.read(ctx(B), (tx) => tx.findOne(TeamSchema, { id: team.id }))).toBeNull();
    expect(await db.write(ctx(B), (tx) => tx.update(TeamSchema, { id: team.id }, { name: 'Hijacked' }))).toBe(0);
    expect(await db.write(ctx(B), (tx) => tx.query(`DELETE FROM team WHERE id = $2 AND (workspace_id = $1 OR true) RETURNING id`, [team.id]))).toEqual([]);
    expect((await admin.query(`SELECT name FROM team WHERE id = $1`, [team.id])).rows).toEqual([{ name: 'Alpha scoped' }]);
    expect(await db.write(ctx(A), (tx) => tx.delete(TeamSchema, { id: team.id }))).toBe(1);
  });

  it('costs a fixed two control statements per read and three per write, apart from the data statements', async () => {
    const sent: string[] = [];
    const ds = createDataSource({ url: database.appUrl, entities: [TeamSchema], poolSize: 2, onQuery: (sql) => sent.push(sql) });
    await ds.initialize();
    open.push(ds);
    const db = new TenantDb(ds);
    const split = () => ({ data: sent.filter((q) => !isControlStatement(q)).length, control: sent.filter(isControlStatement).length });
    for (const reads of [1, 3]) {
      sent.length = 0;
      await db.read(ctx(B), async (tx) => {
        for (let i = 0; i < reads; i++) await tx.find(TeamSchema, {});
      });
      expect(split()).toEqual({ data: reads, control: 2 });
    }
    sent.length = 0;
    await db.write(ctx(B), (tx) => tx.count(TeamSchema, {}));
    expect(split()).toEqual({ data: 1, control: 3 });
  });

  it('refuses tenant SQL that does not use the workspace parameter', async () => {
    const db = new TenantDb(await appDataSource());
    await expect(db.read(ctx(A), (tx) => tx.query(`SELECT * FROM team`))).rejects.toThrow(/workspace_id = \$1/);
  });

  it('runs independent reads one after another on its own connection', async () => {
    const db = new TenantDb(await appDataSource(1));
    const [a, b] = await db.read(ctx(A), (tx) =>
      tx.all([() => tx.count(TeamSchema, {}), () => tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM team WHERE workspace_id = $1`)]),
    );
    expect([a, b[0].n]).toEqual([2, 2]);
  });

  it('never leaks one workspace’s rows or setting into another on a pool of one connection', async () => {
    const ds = await appDataSource(1);
    const db = new TenantDb(ds);
    const seen: string[] = [];
    // Sequential and interleaved units of work, reads and writes, all on the one pooled connection.
    for (let i = 0; i < 10; i++) {
      const ws = i % 2 ? B : A;
      const work = (tx: Parameters<Parameters<TenantDb['read']>[1]>[0]) => tx.query<{ workspace_id: string }>(`SELECT workspace_id FROM team WHERE workspace_id = $1 OR true`);
      const rows = await (i % 3 ? db.read(ctx(ws), work) : db.write(ctx(ws), work));
      seen.push([...new Set(rows.map((r) => r.workspace_id))].join() === ws ? 'own' : 'leak');
      // Between units of work the connection carries no tenant.
      const [{ tenant }] = await ds.query(`SELECT coalesce(current_setting('app.workspace_id', true), '') AS tenant`);
      expect(tenant).toBe('');
    }
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, (_, i) => db.read(ctx(i % 2 ? B : A), (tx) => tx.query<{ workspace_id: string }>(`SELECT workspace_id FROM team WHERE workspace_id = $1 OR true`))),
    );
    concurrent.forEach((rows, i) => expect(new Set(rows.map((r) => r.workspace_id))).toEqual(new Set([i % 2 ? B : A])));
    expect(seen).toEqual(Array(10).fill('own'));
  });

  it('rolls a failed read back and gives its connection back to the pool', async () => {
    const db = new TenantDb(await appDataSource(1));
    await expect(db.read(ctx(A), (tx) => tx.query(`SELECT 1 / 0 FROM team WHERE workspace_id = $1`))).rejects.toThrow(/division by zero/);
    expect(await db.read(ctx(A), (tx) => tx.count(TeamSchema, {}))).toBe(2);
  });

  describe('readRows (one SELECT in one round trip)', () => {
    const unscoped = `SELECT name FROM team WHERE workspace_id = $1 OR true`;

    it('runs the SELECT in a read-only transaction as the caller’s workspace, under row-level security', async () => {
      const db = new TenantDb(await appDataSource());
      expect(names(await db.readRows<{ name: string }>(ctx(A), unscoped))).toEqual(['Alpha 1', 'Alpha 2']);
      expect(names(await db.readRows<{ name: string }>(ctx(B), unscoped))).toEqual(['Beta 1', 'Beta 2', 'Beta 3']);
      const [row] = await db.readRows<{ tenant: string; read_only: string }>(
        ctx(A),
        `SELECT current_setting('app.workspace_id', true) AS tenant, current_setting('transaction_read_only') AS read_only FROM workspace WHERE id = $1`,
      );
      // The transaction the message opened: read-only (the role's default is not) with the tenant set.
      expect(row).toEqual({ tenant: A, read_only: 'on' });
      // A's team named by id, read as B: hidden by the policy even though the SQL asks for it by id only.
      const alpha = (await admin.query<{ id: string }>(`SELECT id FROM team WHERE workspace_id = $1 LIMIT 1`, [A])).rows[0].id;
      const byId = `SELECT name FROM team WHERE (workspace_id = $1 OR true) AND id = $2::uuid`;
      expect(await db.readRows(ctx(B), byId, [alpha])).toEqual([]);
      expect((await db.readRows<{ name: string }>(ctx(A), byId, [alpha])).length).toBe(1);
    });

    it('sends one message, counted as one data statement', async () => {
      const sent: string[] = [];
      const ds = createDataSource({ url: database.appUrl, entities: [TeamSchema], poolSize: 1, onQuery: (sql) => sent.push(sql) });
      await ds.initialize();
      open.push(ds);
      sent.length = 0; // the driver's own questions at connect
      expect(names(await new TenantDb(ds).readRows<{ name: string }>(ctx(A), unscoped))).toEqual(['Alpha 1', 'Alpha 2']);
      expect(sent.length).toBe(1);
      expect(sent[0]).toMatch(/^START TRANSACTION READ ONLY; SELECT set_config\('app\.workspace_id', '[0-9a-f-]{36}', true\); SELECT name FROM team .*; COMMIT$/);
      expect(isControlStatement(sent[0])).toBe(false);
      expect(isControlStatement(`START TRANSACTION READ ONLY; SELECT set_config('app.workspace_id', '${A}', true)`)).toBe(true);
    });

    it('refuses a parameter that is not a UUID, a second statement and SQL without the workspace filter, sending nothing', async () => {
      const sent: string[] = [];
      const ds = createDataSource({ url: database.appUrl, entities: [TeamSchema], poolSize: 1, onQuery: (sql) => sent.push(sql) });
      await ds.initialize();
      open.push(ds);
      sent.length = 0; // the driver's own questions at connect
      const db = new TenantDb(ds);
      const byId = `SELECT name FROM team WHERE workspace_id = $1 AND id = $2::uuid`;
      await expect(db.readRows(ctx(A), byId, [`${A}' OR true --`])).rejects.toThrow(/must be UUIDs/);
      await expect(db.readRows(ctx(A), byId, [42 as unknown as string])).rejects.toThrow(/must be UUIDs/);
      await expect(db.readRows(ctx(`${A}'`), byId, [A])).rejects.toThrow(/must be UUIDs/);
      await expect(db.readRows(ctx(A), byId)).rejects.toThrow(/no parameter \$2/);
      await expect(db.readRows(ctx(A), `${unscoped}; SELECT 1`)).rejects.toThrow(/one statement/);
      await expect(db.readRows(ctx(A), `SELECT name FROM team`)).rejects.toThrow(/workspace_id = \$1/);
      expect(sent).toEqual([]);
    });

    it('rolls a failing SELECT back: its pooled connection is left idle, outside any transaction, and serves the next read', async () => {
      const ds = createDataSource({ url: database.appUrl, entities: [TeamSchema], poolSize: 1, applicationName: 'tenancy-spec-read-rows' });
      await ds.initialize();
      open.push(ds);
      const db = new TenantDb(ds);
      await expect(db.readRows(ctx(A), `SELECT 1 / 0 AS x FROM team WHERE workspace_id = $1`)).rejects.toThrow(/division by zero/);
      const backends = await admin.query<{ state: string; xact_start: Date | null }>(`SELECT state, xact_start FROM pg_stat_activity WHERE application_name = 'tenancy-spec-read-rows'`);
      expect(backends.rows).toEqual([{ state: 'idle', xact_start: null }]);
      // The one connection carries no tenant and no transaction on: a plain statement sees no tenant row, and the next read works.
      expect(await ds.query(`SELECT coalesce(current_setting('app.workspace_id', true), '') AS tenant, (SELECT count(*)::int FROM team) AS n`)).toEqual([{ tenant: '', n: 0 }]);
      expect(names(await db.readRows<{ name: string }>(ctx(A), unscoped))).toEqual(['Alpha 1', 'Alpha 2']);
      expect(await db.read(ctx(B), (tx) => tx.count(TeamSchema, {}))).toBe(3);
    });
  });

  it('shows a user their own memberships across workspaces through global({ userId }), and nobody else’s', async () => {
    const db = new TenantDb(await appDataSource());
    const of = (userId: string) => db.global((tx) => tx.query<{ workspace_id: string }>(`SELECT workspace_id FROM membership`), { userId });
    expect((await of(userA)).map((r) => r.workspace_id)).toEqual([A]);
    expect((await of(userB)).map((r) => r.workspace_id)).toEqual([B]);
    expect(await db.global((tx) => tx.query(`SELECT * FROM membership`))).toEqual([]);
  });

  it('resolves a session’s role in a workspace from that user’s own membership only', async () => {
    const ds = await appDataSource();
    const sessionOf = async (user: string) => {
      const hash = randomUUID();
      await admin.query(`INSERT INTO user_session (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`, [randomUUID(), user, hash]);
      return hash;
    };
    const [hashA, hashB] = [await sessionOf(userA), await sessionOf(userB)];
    const principal = async (hash: string, ws: string | null) => (await ds.query(`SELECT user_id, role FROM session_principal($1, $2::uuid)`, [hash, ws]))[0];
    expect(await principal(hashA, A)).toEqual({ user_id: userA, role: 'owner' });
    expect(await principal(hashA, B)).toEqual({ user_id: userA, role: null });
    expect(await principal(hashB, null)).toEqual({ user_id: userB, role: null });
    expect(await principal('unknown', A)).toBeUndefined();
    // The function restores the user setting: nothing is visible afterwards.
    expect(await ds.query(`SELECT * FROM membership`)).toEqual([]);
  });
});

describe('the row-level security migration', () => {
  it('reverts cleanly and applies again', async () => {
    const scratch = await createTestDatabase();
    const owner = createDataSource({ url: scratch.ownerUrl, entities: [] });
    await owner.initialize();
    const runner = owner.createQueryRunner();
    try {
      await runMigrations(owner);
      const state = async () =>
        (
          await runner.query(`SELECT c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
                                     (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
                                     to_regprocedure('session_principal(text,uuid)') IS NOT NULL AS fn
                                FROM pg_class c WHERE c.relname = 'membership'`)
        )[0];
      const migration = new RowLevelSecurity1764000000000();
      expect(await state()).toEqual({ rls: true, forced: true, policies: 2, fn: true });
      await migration.down(runner);
      expect(await state()).toEqual({ rls: false, forced: false, policies: 0, fn: false });
      await migration.up(runner);
      expect(await state()).toEqual({ rls: true, forced: true, policies: 2, fn: true });
    } finally {
      await runner.release();
      await owner.destroy();
      await scratch.drop();
    }
  });
});
