import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GlobalTx, TenantTx } from './tx';
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
