import { Inject, Injectable } from '@nestjs/common';
import { ACTION_TRANSITIONS, canMoveAction, isActionOverdue, type ActionStatus, type ImpactVerdict } from '@opencx/domain';
import { AuditService } from '@opencx/server-audit';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory, WorkspaceService } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { JourneyInsightService } from '@opencx/server-journeys';
import { RollupReader, TOUCHPOINT_PLACES, type TouchpointPlaces } from '@opencx/server-metrics';
import { In, LessThan, LessThanOrEqual } from 'typeorm';
import { actionErrors } from '../actions.errors';
import { ActionCommentEntity, ImprovementActionEntity } from '../entities/improvement-action.entity';
import type { AddActionCommentInput, CreateImprovementActionInput, ImprovementActionFilterInput, MoveImprovementActionInput, UpdateImprovementActionInput } from '../inputs';
import type { ImprovementActionModel } from '../models';
import { ActionImpactService } from './action-impact.service';
import { dayIn } from './workspace-day';

export const ACTION_LIST: PagedList<ImprovementActionEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  maxFirst: 500,
  defaultFirst: 100,
};

const OPEN: ActionStatus[] = ['proposed', 'planned', 'in_progress'];
/** The timestamp a move into each status stamps. */
const STAMP: Partial<Record<ActionStatus, keyof ImprovementActionEntity>> = {
  planned: 'plannedAt',
  in_progress: 'startedAt',
  done: 'completedAt',
  verified: 'verifiedAt',
  dropped: 'droppedAt',
};

/** Improvement actions: created from a pain point, opportunity or touchpoint, moved through their statuses, commented. */
@Injectable()
export class ImprovementActionService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
    private readonly workspaces: WorkspaceService,
    private readonly insights: JourneyInsightService,
    private readonly windows: RollupReader,
    private readonly impact: ActionImpactService,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
    private readonly notifier: Notifier,
  ) {}

  async list(ctx: WorkspaceContext, filter: ImprovementActionFilterInput, page: PageArgs): Promise<Connection<ImprovementActionModel>> {
    const request = pageRequest(ACTION_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const today = dayIn(await this.workspaces.timeZone(tx), new Date());
      const where: Record<string, unknown> = {};
      if (filter.statuses?.length) where.status = In(filter.statuses);
      if (filter.ownerUserId) where.ownerUserId = filter.ownerUserId;
      if (filter.teamId) where.teamId = filter.teamId;
      if (filter.journeyId) where.journeyId = filter.journeyId;
      if (filter.painPointId) where.painPointId = filter.painPointId;
      if (filter.dueBy) where.dueDate = LessThanOrEqual(filter.dueBy);
      if (filter.overdue) {
        where.status = In((filter.statuses ?? OPEN).filter((s) => OPEN.includes(s)));
        where.dueDate = LessThan(filter.dueBy && filter.dueBy < today ? filter.dueBy : today);
      }
      const found = await tx.findPage(ImprovementActionEntity, where, request);
      return toConnection(ACTION_LIST, found, await this.toModels(tx, found.rows, today));
    });
  }

  async get(ctx: WorkspaceContext, id: string): Promise<ImprovementActionModel> {
    return this.db.read(ctx, async (tx) => this.toOne(tx, await this.find(tx, id), dayIn(await this.workspaces.timeZone(tx), new Date())));
  }

  /** Actions by ids or by pain points, for lineage (the caller's transaction). */
  async byPainPoints(tx: TenantTx, painPointIds: readonly string[]): Promise<ImprovementActionEntity[]> {
    if (!painPointIds.length) return [];
    return tx.find(ImprovementActionEntity, { painPointId: In([...painPointIds]) }, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Actions by ids (the caller's transaction); unknown ids are absent (comments check their cards). */
  async byIds(tx: TenantTx, ids: readonly string[]): Promise<ImprovementActionEntity[]> {
    if (!ids.length) return [];
    return tx.find(ImprovementActionEntity, { id: In([...new Set(ids)]) });
  }

  findIn(tx: TenantTx, id: string): Promise<ImprovementActionEntity> {
    return this.find(tx, id);
  }

  async create(ctx: WorkspaceContext, input: CreateImprovementActionInput): Promise<ImprovementActionModel> {
    const title = input.title.trim();
    if (!title) throw OpenCxError.badInput('title', 'must not be blank');
    const origins = [input.painPointId, input.opportunityId, input.touchpointId].filter(Boolean).length;
    if (origins !== 1) throw OpenCxError.badInput('painPointId', 'give exactly one of painPointId, opportunityId or touchpointId');
    return this.db.write(ctx, async (tx) => {
      let journeyId: string;
      let touchpointId: string;
      let painPointId: string | null = null;
      let opportunityId: string | null = null;
      if (input.painPointId) {
        const pain = await this.insights.insight(tx, 'painPoint', input.painPointId);
        if (!pain) throw actionErrors.notFound('PainPoint', input.painPointId, 'painPointId');
        ({ journeyId, touchpointId } = pain);
        painPointId = pain.id;
      } else if (input.opportunityId) {
        const opp = await this.insights.insight(tx, 'opportunity', input.opportunityId);
        if (!opp) throw actionErrors.notFound('Opportunity', input.opportunityId, 'opportunityId');
        ({ journeyId, touchpointId } = opp);
        opportunityId = opp.id;
        painPointId = opp.painPointId;
      } else {
        const place = (await this.places.locate(tx, [input.touchpointId as string])).get(input.touchpointId as string);
        if (!place) throw actionErrors.notFound('Touchpoint', input.touchpointId, 'touchpointId');
        ({ journeyId, touchpointId } = place);
      }
      await this.checkReferences(tx, input);
      const now = new Date();
      const row = await tx.insert(ImprovementActionEntity, {
        title,
        description: input.description ?? '',
        journeyId,
        touchpointIds: [touchpointId],
        painPointId,
        opportunityId,
        ownerUserId: input.ownerUserId ?? null,
        teamId: input.teamId ?? null,
        priority: input.priority ?? 'medium',
        effort: input.effort ?? 3,
        dueDate: input.dueDate ?? null,
        status: 'proposed',
        targetMetricId: input.targetMetricId ?? null,
        expectedChange: input.expectedChange ?? null,
        controlTouchpointIds: input.controlTouchpointIds ?? null,
        windowDays: input.windowDays ?? 30,
        version: 1,
        createdBy: ctx.actor.userId,
        updatedAt: now,
      });
      await this.audit.record(tx, { action: 'improvementAction.create', entityType: 'improvement_action', entityId: row.id, after: row });
      await this.notifyOwner(tx, row);
      return this.toOne(tx, row, dayIn(await this.workspaces.timeZone(tx), now));
    });
  }

  async update(ctx: WorkspaceContext, input: UpdateImprovementActionInput): Promise<ImprovementActionModel> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.find(tx, input.id, true);
      this.checkVersion(before, input.version);
      await this.checkReferences(tx, input);
      const title = input.title?.trim();
      if (input.title !== undefined && !title) throw OpenCxError.badInput('title', 'must not be blank');
      const patch: Partial<ImprovementActionEntity> = { version: before.version + 1, updatedAt: new Date() };
      if (title) patch.title = title;
      for (const key of ['description', 'ownerUserId', 'teamId', 'priority', 'effort', 'dueDate', 'targetMetricId', 'expectedChange', 'controlTouchpointIds', 'windowDays'] as const) {
        if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      }
      await tx.update(ImprovementActionEntity, { id: before.id }, patch);
      const after = { ...before, ...patch };
      await this.audit.record(tx, { action: 'improvementAction.update', entityType: 'improvement_action', entityId: before.id, before, after });
      if (after.ownerUserId !== before.ownerUserId) await this.notifyOwner(tx, after);
      return this.toOne(tx, after, dayIn(await this.workspaces.timeZone(tx), new Date()));
    });
  }

  /**
   * Moves an action along its status machine. `verified` needs impact measured now with the
   * verdict improved; `dropped` needs a reason. `effectiveAt` records when the step really
   * happened (a team often updates the tracker later), never in the future.
   */
  async move(ctx: WorkspaceContext, input: MoveImprovementActionInput): Promise<ImprovementActionModel> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.find(tx, input.id, true);
      this.checkVersion(before, input.version);
      const to = input.status;
      if (!canMoveAction(before.status, to)) {
        const allowed = ACTION_TRANSITIONS[before.status];
        throw actionErrors.conflict('ImprovementAction', `An action cannot move from ${before.status} to ${to}${allowed.length ? `; from ${before.status} it may move to ${allowed.join(', ')}` : `: ${before.status} is final`}`, {
          field: 'status',
          reason: 'illegal_transition',
        });
      }
      const now = new Date();
      const at = input.effectiveAt ? new Date(input.effectiveAt) : now;
      if (Number.isNaN(at.getTime())) throw OpenCxError.badInput('effectiveAt', 'must be an ISO 8601 date-time');
      if (at.getTime() > now.getTime() + 60000) throw OpenCxError.badInput('effectiveAt', 'must not be in the future');
      const patch: Partial<ImprovementActionEntity> = { status: to, version: before.version + 1, updatedAt: now };
      if (to === 'dropped') {
        const reason = input.reason?.trim();
        if (!reason) throw OpenCxError.badInput('reason', 'is required to drop an action');
        patch.dropReason = reason;
      }
      if (to === 'in_progress' && before.status === 'done') patch.completedAt = null;
      const stamp = STAMP[to];
      // Moving back and forth keeps the first start: the before window ends where the work began.
      if (stamp && !(stamp === 'startedAt' && before.startedAt)) (patch as Record<string, unknown>)[stamp] = at;
      if (to === 'done' && before.startedAt && at < before.startedAt) throw OpenCxError.badInput('effectiveAt', 'must not be before the action started');
      if (to === 'verified') {
        const measured = await this.impact.measure(tx, { ...before, ...patch } as ImprovementActionEntity);
        patch.impact = measured as unknown as Record<string, unknown>;
        patch.impactMeasuredAt = now;
        if (measured.verdict !== 'improved') {
          throw actionErrors.conflict('ImprovementAction', `An action is verified only once its measured impact is "improved"; it is "${measured.verdict}" (${measured.method}, n = ${measured.n})`, {
            field: 'status',
            reason: 'impact_not_improved',
          });
        }
      }
      await tx.update(ImprovementActionEntity, { id: before.id }, patch);
      const after = { ...before, ...patch };
      await this.audit.record(tx, { action: 'improvementAction.move', entityType: 'improvement_action', entityId: before.id, before, after });
      return this.toOne(tx, after, dayIn(await this.workspaces.timeZone(tx), now));
    });
  }

  /** Stores the impact just measured on the action (what the board shows without recomputing). */
  async recordImpact(tx: TenantTx, id: string, impact: { verdict: ImpactVerdict }): Promise<void> {
    await tx.update(ImprovementActionEntity, { id }, { impact: impact as unknown as Record<string, unknown>, impactMeasuredAt: new Date() });
  }

  async comments(ctx: WorkspaceContext, actionId: string): Promise<ActionCommentEntity[]> {
    return this.db.read(ctx, async (tx) => {
      await this.find(tx, actionId, false, 'actionId');
      return tx.find(ActionCommentEntity, { actionId }, { order: { createdAt: 'ASC', id: 'ASC' } });
    });
  }

  async addComment(ctx: WorkspaceContext, input: AddActionCommentInput): Promise<ActionCommentEntity> {
    const body = input.body.trim();
    if (!body) throw OpenCxError.badInput('body', 'must not be blank');
    return this.db.write(ctx, async (tx) => {
      const action = await this.find(tx, input.actionId, false, 'actionId');
      const row = await tx.insert(ActionCommentEntity, { actionId: action.id, authorId: ctx.actor.userId, body });
      await this.audit.record(tx, { action: 'improvementAction.comment', entityType: 'action_comment', entityId: row.id, after: row });
      return row;
    });
  }

  /** The action's (new) owner hears that it is theirs now (not when they gave it to themselves). */
  private notifyOwner(tx: TenantTx, action: ImprovementActionEntity): Promise<string[]> {
    if (!action.ownerUserId) return Promise.resolve([]);
    return this.notifier.notify(tx, {
      kind: 'assignment',
      recipients: { userIds: [action.ownerUserId] },
      title: action.title,
      body: action.description,
      link: `/actions?action=${action.id}`,
      entityType: 'improvement_action',
      entityId: action.id,
      dedupeKey: `action-owner:${action.id}:${action.version}`,
    });
  }

  /** The actions as the API shows them, each with the number of comments in its thread (one query for all). */
  async toModels(tx: TenantTx, rows: readonly ImprovementActionEntity[], today: string): Promise<ImprovementActionModel[]> {
    const counts = new Map<string, number>();
    if (rows.length) {
      const found = await tx.query<{ action_id: string; n: number }>(
        `SELECT action_id, count(*)::int AS n FROM action_comment WHERE workspace_id = $1 AND action_id = ANY($2::uuid[]) GROUP BY action_id`,
        [rows.map((r) => r.id)],
      );
      for (const c of found) counts.set(c.action_id, c.n);
    }
    return rows.map((r) => this.toModel(r, today, counts.get(r.id) ?? 0));
  }

  private async toOne(tx: TenantTx, row: ImprovementActionEntity, today: string): Promise<ImprovementActionModel> {
    const [model] = await this.toModels(tx, [row], today);
    return model as ImprovementActionModel;
  }

  private toModel(r: ImprovementActionEntity, today: string, commentCount: number): ImprovementActionModel {
    const verdict = (r.impact as { verdict?: ImpactVerdict } | null)?.verdict ?? null;
    return {
      ...r,
      commentCount,
      nextStatuses: [...ACTION_TRANSITIONS[r.status]],
      overdue: isActionOverdue(r.status, r.dueDate, today),
      impactVerdict: verdict,
    };
  }

  private async checkReferences(tx: TenantTx, input: { ownerUserId?: string; teamId?: string; targetMetricId?: string; controlTouchpointIds?: string[] }): Promise<void> {
    await this.identity.assertMembers(tx, [input.ownerUserId], 'ownerUserId');
    await this.identity.assertTeams(tx, [input.teamId], 'teamId');
    if (input.targetMetricId && !(await this.windows.metricDefinition(tx, input.targetMetricId))) throw actionErrors.notFound('MetricDefinition', input.targetMetricId, 'targetMetricId');
    if (input.controlTouchpointIds?.length) {
      const found = await this.places.locate(tx, input.controlTouchpointIds);
      if (found.size !== new Set(input.controlTouchpointIds).size) throw OpenCxError.badInput('controlTouchpointIds', 'must be touchpoints of this workspace');
    }
  }

  private checkVersion(row: ImprovementActionEntity, version: number): void {
    if (row.version !== version) {
      throw actionErrors.conflict('ImprovementAction', `The action was changed by someone else (version ${row.version}, you sent ${version}); reload it`, { field: 'version', reason: 'stale' });
    }
  }

  private find(tx: TenantTx, id: string, lock = false, field = 'id'): Promise<ImprovementActionEntity> {
    return lock
      ? tx.findOne(ImprovementActionEntity, { id }, { lock: true }).then((r) => r ?? Promise.reject(actionErrors.notFound('ImprovementAction', id, field)))
      : tx.findOneOrFail(ImprovementActionEntity, { id }, () => actionErrors.notFound('ImprovementAction', id, field));
  }
}
