import { Injectable } from '@nestjs/common';
import { pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Secrets never reach the audit trail, whatever an entity carries. */
const REDACTED_KEYS = new Set(['passwordHash', 'tokenHash', 'secret', 'token']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (REDACTED_KEYS.has(key) ? undefined : v)));
}

/** Newest first; one transaction's events share created_at, so `id` breaks the tie. */
export const AUDIT_LIST: PagedList<AuditEventEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  defaultFirst: 50,
  maxFirst: 500,
};

@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  /** Writes the event in the caller's transaction, so the change and its record commit together. */
  async record(tx: TenantTx, event: AuditRecord): Promise<void> {
    await this.recordEach(tx, [event]);
  }

  /** `record` for many events of one transaction (a sweep breaching a page of cases), in one statement. */
  async recordEach(tx: TenantTx, events: readonly AuditRecord[]): Promise<void> {
    await tx.insertEach(
      AuditEventEntity,
      events.map((event) => ({
        actorUserId: tx.ctx.actor.userId,
        actorTokenId: tx.ctx.actor.tokenId,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId ?? null,
        before: redact(event.before),
        after: redact(event.after),
      })),
    );
  }

  list(ctx: WorkspaceContext, page: PageArgs, entityType?: string): Promise<Connection<AuditEventEntity>> {
    const request = pageRequest(AUDIT_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const found = await tx.findPage(AuditEventEntity, entityType ? { entityType } : {}, request);
      return toConnection(AUDIT_LIST, found, found.rows);
    });
  }
}
