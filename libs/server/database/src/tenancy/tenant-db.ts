import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GlobalTx, TenantTx } from './tx';
import type { WorkspaceContext } from './request-context';

export const DATA_SOURCE = Symbol('OPENCX_DATA_SOURCE');

/**
 * The tenancy choke point. Feature services never see a DataSource: they ask this for a
 * workspace-scoped unit of work. Writes run in a transaction that also sets
 * `app.workspace_id` (transaction-local, so a pooled connection never carries it on),
 * which row-level security policies can read.
 */
@Injectable()
export class TenantDb {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** A read-write transaction scoped to the caller's workspace. */
  write<T>(ctx: WorkspaceContext, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.workspace_id', $1, true)`, [ctx.workspaceId]);
      return work(new TenantTx(manager, ctx));
    });
  }

  /** Scoped reads without a transaction (one statement each; no tenant setting needed). */
  read<T>(ctx: WorkspaceContext, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return work(new TenantTx(this.dataSource.manager, ctx));
  }

  /** Global tables only (users, sessions, workspaces, rate limits): never for tenant data. */
  global<T>(work: (tx: GlobalTx) => Promise<T>, options: { transaction?: boolean } = {}): Promise<T> {
    if (options.transaction === false) return work(new GlobalTx(this.dataSource.manager));
    return this.dataSource.transaction((manager) => work(new GlobalTx(manager)));
  }

  /** Creating a workspace is the one moment a caller acts in a workspace before a membership exists. */
  bootstrapWorkspace<T>(ctx: WorkspaceContext, work: (tenant: TenantTx, global: GlobalTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.workspace_id', $1, true)`, [ctx.workspaceId]);
      return work(new TenantTx(manager, ctx), new GlobalTx(manager));
    });
  }
}
