import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, EntityTarget } from 'typeorm';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { JourneyEntity, JourneyRevisionEntity } from '../entities';
import { JourneyMapLoader, type JourneyMap } from './journey-map.loader';
import { toJourneySnapshot } from './journey-snapshot';
import { journeyErrors } from '../journey.errors';

export interface MapChange {
  /** Audit trail entry: what kind of entity changed, and its state before/after. */
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** One line for the revision history, e.g. 'Moved "报修" to 派单'. */
  summary: string;
}

/**
 * The one way a journey map changes. It locks the journey row (so concurrent structural edits of
 * one map run one after another and positions stay dense), refuses archived maps, runs the change,
 * then records the immutable revision (a full snapshot) and the audit event in the same transaction.
 */
@Injectable()
export class JourneyEditor {
  constructor(
    private readonly db: TenantDb,
    private readonly loader: JourneyMapLoader,
    private readonly audit: AuditService,
  ) {}

  /** Applies the change and answers with the map as it is afterwards (the same load the revision snapshot uses). */
  edit(ctx: WorkspaceContext, journeyId: string, action: string, change: (tx: TenantTx, journey: JourneyEntity) => Promise<MapChange>): Promise<JourneyMap> {
    return this.db.write(ctx, async (tx) => {
      const journey = await tx.findOneOrFail(JourneyEntity, { id: journeyId }, () => journeyErrors.notFound('Journey', journeyId), { lock: true });
      if (journey.status === 'archived' && action !== 'journey.restoreRevision') {
        throw journeyErrors.conflict('Journey', 'This journey is archived; duplicate it to keep working on the map', { field: 'journeyId', reason: 'archived' });
      }
      const outcome = await change(tx, journey);
      const map = await this.recordRevision(tx, journeyId, action, outcome.summary);
      await this.audit.record(tx, { action, entityType: outcome.entityType, entityId: outcome.entityId, before: outcome.before, after: outcome.after });
      return map;
    });
  }

  read<T>(ctx: WorkspaceContext, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.db.read(ctx, work);
  }

  /** Appends revision n+1 with a snapshot of the map as it is now, and returns that map. */
  async recordRevision(tx: TenantTx, journeyId: string, action: string, summary: string): Promise<JourneyMap> {
    const [{ revision }] = await tx.query<{ revision: number }>(
      `UPDATE journey SET revision = revision + 1, updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING revision`,
      [journeyId],
    );
    const map = await this.loader.load(tx, journeyId);
    await tx.insert(JourneyRevisionEntity, {
      journeyId,
      revision,
      action,
      summary: summary.slice(0, 500),
      actorUserId: tx.ctx.actor.userId,
      snapshot: toJourneySnapshot(map),
    });
    return { ...map, revision };
  }
}

/**
 * Optimistic concurrency: applies the patch only if the row still has the version the caller
 * edited, and bumps it. A stale version is a CONFLICT naming the current version; nothing changes.
 */
export async function updateVersioned<E extends ObjectLiteral & { id: string; version: number }>(
  tx: TenantTx,
  entity: EntityTarget<E>,
  label: string,
  current: E,
  version: number,
  patch: Partial<E>,
): Promise<E> {
  // The entity class names the errors' entity: StageEntity → 'Stage' (journeyErrors refuses any other).
  const entityName = (entity as { name: string }).name.replace(/Entity$/, '') as Parameters<typeof journeyErrors.conflict>[0];
  if (current.version !== version) {
    throw journeyErrors.conflict(entityName, `${label} was changed by someone else (your version ${version}, current ${current.version}); reload and retry`, {
      field: 'version',
      currentVersion: current.version,
    });
  }
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<E>;
  const affected = await tx.update(entity, { id: current.id, version } as never, { ...defined, version: version + 1 } as never);
  if (affected !== 1) throw journeyErrors.conflict(entityName, `${label} was changed by someone else; reload and retry`, { field: 'version' });
  return { ...current, ...defined, version: version + 1 };
}
