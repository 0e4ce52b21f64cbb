import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import type { EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { WorkspaceContext } from './request-context';
import { findKeysetPage, type KeysetPage, type KeysetRequest } from './keyset';

/** The one PostgreSQL NOTIFY channel of the change feed. */
export const CHANGE_FEED_CHANNEL = 'opencx_change';

export interface FindManyOptions<E> {
  order?: FindOptionsOrder<E>;
  take?: number;
  skip?: number;
  /** Row lock for read-modify-write (optimistic version checks, position moves). */
  lock?: boolean;
}

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];

/** Raw tenant SQL must use `$1`, the workspace id, as its filter (TenantTx.query, TenantDb.readRows). */
export function assertTenantSql(sql: string): void {
  if (!/workspace_id\s*=\s*\$1\b|\(\s*\$1\s*[,)]|SELECT\s+\$1\s*,|FROM workspace WHERE id = \$1\b/i.test(sql)) {
    throw new Error('tenant SQL must filter on workspace_id = $1');
  }
}

/**
 * A unit of work with a fixed scope merged into every where clause and every insert.
 * `TenantTx` scopes to one workspace; `GlobalTx` (no scope) is for the few global tables
 * (users, sessions, workspaces themselves).
 */
abstract class ScopedTx {
  protected constructor(
    protected readonly manager: EntityManager,
    private readonly scope: Record<string, string>,
  ) {}

  /**
   * Runs independent reads: in parallel on pooled connections, one after another on a unit of
   * work's own connection (a transaction; one connection cannot run two statements at once).
   */
  async all<T extends readonly unknown[]>(work: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
    if (!this.manager.queryRunner) return Promise.all(work.map((w) => w())) as unknown as Promise<T>;
    const out: unknown[] = [];
    for (const w of work) out.push(await w());
    return out as unknown as T;
  }

  /** TypeORM answers UPDATE/DELETE … RETURNING on PostgreSQL with [rows, count]; callers always get rows. */
  protected async raw<T>(sql: string, params: unknown[]): Promise<T[]> {
    const result = await this.manager.query(sql, params);
    if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
    return result;
  }

  private scoped<E extends ObjectLiteral>(where: Where<E>): Where<E> {
    const withScope = (w: FindOptionsWhere<E>) => ({ ...w, ...this.scope }) as FindOptionsWhere<E>;
    return Array.isArray(where) ? where.map(withScope) : withScope(where);
  }

  find<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E>, options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.manager.find(entity, {
      where: this.scoped(where),
      order: options.order,
      take: options.take,
      skip: options.skip,
      lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  /** One page of a list in a stable order (see keyset.ts): the way every list that can grow is read. */
  findPage<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E>, request: KeysetRequest<E>): Promise<KeysetPage<E>> {
    return findKeysetPage(this.manager, entity, this.scoped(where), request);
  }

  findOne<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E>, options: { lock?: boolean } = {}): Promise<E | null> {
    return this.manager.findOne(entity, {
      where: this.scoped(where),
      lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  async findOneOrFail<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    where: Where<E>,
    notFound: () => Error,
    options: { lock?: boolean } = {},
  ): Promise<E> {
    const row = await this.findOne(entity, where, options);
    if (!row) throw notFound();
    return row;
  }

  /**
   * Turns a row fetched as JSON (`to_jsonb(t)`, column names) into an entity (property names), so
   * one statement can bring back several related rows.
   */
  hydrate<E extends ObjectLiteral>(entity: EntityTarget<E>, row: Record<string, unknown>): E {
    const meta = this.manager.connection.getMetadata(entity);
    const out: Record<string, unknown> = {};
    for (const column of meta.columns) {
      const value = row[column.databaseName];
      const isTime = column.type === 'timestamptz' || column.type === 'timestamp with time zone';
      out[column.propertyName] = value === undefined ? null : isTime && typeof value === 'string' ? new Date(value) : value;
    }
    return out as E;
  }

  count<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E>): Promise<number> {
    return this.manager.count(entity, { where: this.scoped(where) });
  }

  /** Inserts one row; `id` is generated when the entity has one and none is given. */
  async insert<E extends ObjectLiteral>(entity: EntityTarget<E>, values: Partial<E>): Promise<E> {
    const [row] = await this.insertEach(entity, [values]);
    return row;
  }

  /** Inserts rows in one statement, each as `insert` would. */
  async insertEach<E extends ObjectLiteral>(entity: EntityTarget<E>, values: readonly Partial<E>[]): Promise<E[]> {
    if (!values.length) return [];
    const hasId = !!this.manager.connection.getMetadata(entity).findColumnWithPropertyName('id');
    const rows = values.map((v) => this.manager.create(entity, { ...(hasId && !('id' in v) ? { id: randomUUID() } : {}), ...v, ...this.scope } as unknown as E));
    await this.manager.insert(entity, rows);
    return rows;
  }

  async update<E extends ObjectLiteral>(entity: EntityTarget<E>, where: FindOptionsWhere<E>, patch: Partial<E>): Promise<number> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await this.manager.update(entity, this.scoped(where) as any, patch as any);
    return result.affected ?? 0;
  }

  async delete<E extends ObjectLiteral>(entity: EntityTarget<E>, where: FindOptionsWhere<E>): Promise<number> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await this.manager.delete(entity, this.scoped(where) as any);
    return result.affected ?? 0;
  }
}

export class TenantTx extends ScopedTx {
  constructor(
    manager: EntityManager,
    readonly ctx: WorkspaceContext,
  ) {
    super(manager, { workspaceId: ctx.workspaceId });
  }

  get workspaceId(): string {
    return this.ctx.workspaceId;
  }

  /**
   * Raw SQL for what the find helpers cannot say (bulk position shifts, aggregates).
   * `$1` is always the workspace id; the statement must use it (checked) and the caller's
   * parameters follow as `$2…`.
   */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    assertTenantSql(sql);
    return this.raw<T>(sql, [this.ctx.workspaceId, ...params]);
  }

  /**
   * Tells every API replica listening on the change feed (change-feed.ts) that something of this
   * workspace changed. PostgreSQL delivers the notification only if this transaction commits, and
   * stamps it with this workspace, so a listener can never be told another tenant's change as its own.
   */
  async publishChange(event: Record<string, string | number | boolean | null>): Promise<void> {
    await this.raw(`SELECT pg_notify($1, $2)`, [CHANGE_FEED_CHANNEL, JSON.stringify({ ...event, workspaceId: this.ctx.workspaceId })]);
  }

  /**
   * SQL on the job queue's own tables (schema `pgboss`, no tenant data) inside this transaction,
   * so jobs can commit or roll back with the tenant work that needs them (see JobQueue.insertWithin).
   */
  jobQueueSql<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    if (!/\bpgboss\.job\b/.test(sql) || /\bpublic\./.test(sql)) throw new Error('jobQueueSql only writes the job queue tables');
    return this.raw<T>(sql, params);
  }

  /**
   * Deletes rows of one of this transaction's staging tables (see `copyIntoStage`): a stage holds
   * no tenant data of its own, so the condition needs no workspace; it may not read other tables.
   */
  async deleteFromStage(table: string, where: string, params: unknown[]): Promise<void> {
    if (!/^[a-z][a-z0-9_]*$/.test(table)) throw new Error('stage names are lower-case identifiers');
    if (/\b(select|from|join|using|with)\b|;/i.test(where)) throw new Error('a stage condition reads only the stage');
    await this.raw(`DELETE FROM pg_temp.${table} WHERE ${where}`, params);
  }

  /**
   * Bulk load into a staging table: a temporary table private to this transaction's session
   * (dropped at commit), emptied, then filled by `COPY … FROM STDIN` streaming `rows` (COPY text
   * format). Tenant tables are never COPY targets: they are written from the stage by statements
   * that carry the workspace, so row-level security checks every row.
   */
  async copyIntoStage(table: string, columns: readonly (readonly [name: string, type: string])[], rows: Readable): Promise<void> {
    const name = /^[a-z][a-z0-9_]*$/;
    if (!name.test(table) || !columns.every(([c, t]) => name.test(c) && /^[a-z]+(\[\])?$/.test(t))) throw new Error('stage names are lower-case identifiers');
    const client = (this.manager.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
    if (!client) throw new Error('copyIntoStage needs a transaction');
    await this.manager.query(`CREATE TEMPORARY TABLE IF NOT EXISTS ${table} (${columns.map(([c, t]) => `${c} ${t}`).join(', ')}) ON COMMIT DROP`);
    await this.manager.query(`TRUNCATE pg_temp.${table}`);
    await pipeline(rows, client.query(copyFrom(`COPY pg_temp.${table} (${columns.map(([c]) => c).join(', ')}) FROM STDIN`)));
    // A temporary table has no statistics until analysed: without them the planner may join the
    // stage by nested loops (quadratic in its rows) instead of hashing it.
    await this.manager.query(`ANALYZE pg_temp.${table}`);
  }
}

export class GlobalTx extends ScopedTx {
  constructor(manager: EntityManager) {
    super(manager, {});
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.raw<T>(sql, params);
  }
}
