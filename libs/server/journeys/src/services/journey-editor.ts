import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ObjectLiteral, EntityTarget } from 'typeorm';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { JourneyEntity, JourneyRevisionEntity } from '../entities';
import { JourneyMapLoader, type JourneyMap } from './journey-map.loader';
import { toJourneySnapshot } from './journey-snapshot';
import { journeyErrors } from '../journey.errors';

/** How history groups edits (the API's configuration: OPENCX_REVISION_GROUP_SECONDS). */
export interface JourneyHistoryOptions {
  /** Consecutive edits of a map by one person within this many seconds of the group's first edit are one revision; 0 keeps every edit apart. */
  revisionGroupSeconds: number;
}
export const JOURNEY_HISTORY_OPTIONS = Symbol('OPENCX_JOURNEY_HISTORY_OPTIONS');
export const DEFAULT_REVISION_GROUP_SECONDS = 300;

/**
 * Edits that may join the previous edit's revision. Creating, restoring and archiving stand alone,
 * and so does every deletion: the one step someone wants to undo on its own.
 */
const GROUPABLE = /^(journey\.update|stage\.(add|update|move)|touchpoint\.(add|update|move|setMetrics)|(painPoint|opportunity)\.(add|update))$/;

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
    @Optional() @Inject(JOURNEY_HISTORY_OPTIONS) private readonly history?: JourneyHistoryOptions,
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

  /**
   * Appends revision n+1 with a snapshot of the map as it is now, and returns that map. Every edit
   * keeps its own revision row (the stale-edit merge reads its base from them); an edit by the same
   * person within the group window of the previous one joins that revision's group, and history
   * lists a group once, as its last revision. The change feed hears of it when the transaction commits.
   */
  async recordRevision(tx: TenantTx, journeyId: string, action: string, summary: string): Promise<JourneyMap> {
    const [{ revision }] = await tx.query<{ revision: number }>(
      `UPDATE journey SET revision = revision + 1, updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING revision`,
      [journeyId],
    );
    const actor = tx.ctx.actor.userId;
    const groupStart = actor && GROUPABLE.test(action) ? await this.groupToJoin(tx, journeyId, revision, actor) : null;
    const map = await this.loader.load(tx, journeyId);
    await tx.insert(JourneyRevisionEntity, {
      journeyId,
      revision,
      action,
      summary: summary.slice(0, 500),
      actorUserId: actor,
      snapshot: toJourneySnapshot(map),
      groupStartRevision: groupStart,
    });
    await tx.publishChange({ kind: 'journey.changed', journeyId, revision, actorUserId: actor });
    return { ...map, revision };
  }

  /** The first revision of the previous edit's group, when this edit joins it: same person, a groupable edit, within the window of the group's start. */
  private async groupToJoin(tx: TenantTx, journeyId: string, revision: number, actor: string): Promise<number | null> {
    const seconds = this.history?.revisionGroupSeconds ?? DEFAULT_REVISION_GROUP_SECONDS;
    if (seconds <= 0 || revision < 2) return null;
    const [previous] = await tx.query<{ start: number; action: string; joinable: boolean }>(
      `SELECT coalesce(p.group_start_revision, p.revision) AS start, p.action,
              (p.actor_user_id = $4 AND s.created_at > now() - make_interval(secs => $5)) AS joinable
         FROM journey_revision p
         JOIN journey_revision s ON s.workspace_id = p.workspace_id AND s.journey_id = p.journey_id AND s.revision = coalesce(p.group_start_revision, p.revision)
        WHERE p.workspace_id = $1 AND p.journey_id = $2 AND p.revision = $3`,
      [journeyId, revision - 1, actor, seconds],
    );
    return previous && previous.joinable && GROUPABLE.test(previous.action) ? previous.start : null;
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
