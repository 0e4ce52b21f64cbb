import { Inject, Injectable, Optional } from '@nestjs/common';
import type { PoolClient, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import { assertTenantSql, GlobalTx, TenantTx } from './tx';
import type { WorkspaceContext } from './request-context';

export const DATA_SOURCE = Symbol('OPENCX_DATA_SOURCE');
export const TENANT_DB_OPTIONS = Symbol('OPENCX_TENANT_DB_OPTIONS');

export interface TenantDbOptions {
  /**
   * Reads run in a read-only transaction that sets the tenant (true, the default). Only when the
   * serving role bypasses row-level security (`OPENCX_RLS=off` as a superuser) do reads go
   * straight to the pool, as they did before RLS.
   */
  readsSetTenant: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The tenancy choke point. Feature services never see a DataSource: they ask this for a
 * workspace-scoped unit of work. Every unit of work, read or write, runs in a transaction that
 * sets `app.workspace_id` (transaction-local, so a pooled connection never carries it on), which
 * the row-level security policies read: a query that forgot its workspace filter still sees only
 * the current workspace's rows.
 */
@Injectable()
export class TenantDb {
  private readonly options: TenantDbOptions;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Optional() @Inject(TENANT_DB_OPTIONS) options?: TenantDbOptions,
  ) {
    this.options = options ?? { readsSetTenant: true };
  }

  /** A read-write transaction scoped to the caller's workspace. */
  write<T>(ctx: WorkspaceContext, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.workspace_id', $1, true)`, [ctx.workspaceId]);
      return work(new TenantTx(manager, ctx));
    });
  }

  /**
   * A read-only transaction scoped to the caller's workspace. With `snapshot`, every statement of
   * the unit of work sees the same snapshot (REPEATABLE READ; a read-only one never fails to
   * serialise in PostgreSQL), e.g. when a version read first must describe the rows read after it.
   */
  async read<T>(ctx: WorkspaceContext, work: (tx: TenantTx) => Promise<T>, options: { snapshot?: boolean } = {}): Promise<T> {
    if (!this.options.readsSetTenant && !options.snapshot) return work(new TenantTx(this.dataSource.manager, ctx));
    // The simple query protocol carries no parameters but sends both statements in one round
    // trip; the workspace id is a checked UUID, so it is safe to inline.
    if (!UUID.test(ctx.workspaceId)) throw new Error('workspace id must be a UUID');
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.query(`START TRANSACTION${options.snapshot ? ' ISOLATION LEVEL REPEATABLE READ' : ''} READ ONLY; SELECT set_config('app.workspace_id', '${ctx.workspaceId}', true)`);
      const result = await work(new TenantTx(runner.manager, ctx));
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * One SELECT as the caller, in one round trip: `START TRANSACTION READ ONLY`, the tenant setting,
   * the SELECT and `COMMIT` go to PostgreSQL as one simple-protocol message, so the SELECT runs in a
   * read-only transaction with the caller's workspace set, under row-level security, exactly like
   * a `read` of one statement (which costs three round trips). Meant for the hot reads that decide
   * whether more work is needed at all (an answer cache's version).
   *
   * The simple protocol carries no parameters, so they are inlined: `$1` is the workspace id (the SQL
   * must filter on it, as for `TenantTx.query`) and `$2…` are `params`; every one must be a UUID
   * (checked, like the workspace id in `read`), anything else throws before anything is sent. The SQL
   * must be exactly one statement (no `;`). A failing SELECT is rolled back; the connection always
   * goes back to the pool.
   */
  async readRows<T = Record<string, unknown>>(ctx: WorkspaceContext, sql: string, params: readonly string[] = []): Promise<T[]> {
    assertTenantSql(sql);
    if (sql.includes(';')) throw new Error('readRows takes exactly one statement');
    const values = [ctx.workspaceId, ...params];
    if (!values.every((v) => typeof v === 'string' && UUID.test(v))) throw new Error('readRows parameters must be UUIDs');
    // Without the tenant setting (RLS off, superuser): the statement alone, straight to the pool, as `read` does.
    if (!this.options.readsSetTenant) return this.dataSource.query(sql, values);
    const inlined = sql.replace(/\$(\d+)(?!\d)/g, (_, n: string) => {
      const value = values[Number(n) - 1];
      if (value === undefined) throw new Error(`readRows has no parameter $${n}`);
      return `'${value}'`;
    });
    const message = `START TRANSACTION READ ONLY; SELECT set_config('app.workspace_id', '${ctx.workspaceId}', true); ${inlined}; COMMIT`;
    const runner = this.dataSource.createQueryRunner();
    try {
      // TypeORM's query() keeps only a single result's rows; for a message of several statements the
      // pg driver answers one result per statement, so the message goes to the driver's connection
      // (logged like every query, so statement counts see it).
      const client = (await runner.connect()) as PoolClient;
      this.dataSource.logger.logQuery(message, undefined, runner);
      const results = (await client.query(message)) as unknown as QueryResult[];
      const select = Array.isArray(results) && results.length === 4 && results[3].command === 'COMMIT' ? results[2] : undefined;
      if (!select || !Array.isArray(select.rows)) throw new Error('readRows: unexpected answer to its message');
      return select.rows as T[];
    } catch (error) {
      // After a failed statement the transaction is aborted and the rest of the message skipped.
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Global tables only (users, sessions, workspaces, rate limits): never for tenant data. With
   * `userId`, the transaction also sets `app.user_id`, which shows that user's own memberships
   * across workspaces (their workspace list). Only identity may call this (lint).
   */
  global<T>(work: (tx: GlobalTx) => Promise<T>, options: { transaction?: boolean; userId?: string } = {}): Promise<T> {
    if (options.transaction === false && !options.userId) return work(new GlobalTx(this.dataSource.manager));
    return this.dataSource.transaction(async (manager) => {
      if (options.userId) await manager.query(`SELECT set_config('app.user_id', $1, true)`, [options.userId]);
      return work(new GlobalTx(manager));
    });
  }

  /** Creating a workspace is the one moment a caller acts in a workspace before a membership exists. */
  bootstrapWorkspace<T>(ctx: WorkspaceContext, work: (tenant: TenantTx, global: GlobalTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.workspace_id', $1, true)`, [ctx.workspaceId]);
      return work(new TenantTx(manager, ctx), new GlobalTx(manager));
    });
  }
}
