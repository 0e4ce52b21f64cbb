import { Injectable } from '@nestjs/common';
import { RESEARCH_STEP_KEYS, researchProgress, type ResearchStepKey, type ResearchStepStatus } from '@opencx/domain';
import { AuditService } from '@opencx/server-audit';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { TouchpointDirectory } from '@opencx/server-journeys';
import { In } from 'typeorm';
import { ResearchBriefEntity, ResearchStepEntity } from '../entities/research.entities';
import type { UpdateResearchBriefInput, UpdateResearchStepInput } from '../inputs';
import type { ResearchPlanModel, ResearchProgressModel, ResearchStepModel } from '../models';
import { researchErrors } from '../research.errors';

/** A step's name in a notification title (plain text, both console languages). */
const RESEARCH_STEP_TITLES: Record<ResearchStepKey, string> = {
  goal_scope: '目标与范围 / Goal and scope',
  personas: '定义画像 / Define personas',
  gather_data: '收集数据 / Gather data',
  draw: '绘制地图 / Draw the map',
  analyse: '分析痛点 / Analyse',
  improve: '改进 / Improve',
  iterate: '迭代 / Iterate',
};

const clean = (list: string[] | undefined) => list?.map((s) => s.trim()).filter(Boolean);

/** A journey's research plan: its brief (goal, scope, hypotheses, questions) and the seven steps with owner, status and notes. */
@Injectable()
export class ResearchPlanService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly journeys: TouchpointDirectory,
    private readonly identity: IdentityDirectory,
    private readonly notifier: Notifier,
  ) {}

  plan(ctx: WorkspaceContext, journeyId: string): Promise<ResearchPlanModel> {
    return this.db.read(ctx, async (tx) => {
      await this.assertJourney(tx, journeyId);
      return this.load(tx, journeyId);
    });
  }

  /** Done steps of many journeys in one statement (the journey list). Unknown ids are absent. */
  progress(ctx: WorkspaceContext, journeyIds: readonly string[]): Promise<ResearchProgressModel[]> {
    if (journeyIds.length > 200) throw OpenCxError.badInput('journeyIds', 'must list at most 200 journeys');
    return this.db.read(ctx, async (tx) => {
      const ids = [...new Set(journeyIds)];
      const [known, rows] = await tx.all([
        () => this.journeys.knownJourneys(tx, ids),
        () => tx.query<{ journey_id: string; done: string }>(
          `SELECT journey_id, count(*) FILTER (WHERE status = 'done') AS done FROM research_step WHERE workspace_id = $1 AND journey_id = ANY($2::uuid[]) GROUP BY journey_id`,
          [ids],
        ),
      ] as const);
      const done = new Map(rows.map((r) => [r.journey_id, Number(r.done)]));
      return ids.filter((id) => known.has(id)).map((id) => ({ journeyId: id, done: done.get(id) ?? 0, total: RESEARCH_STEP_KEYS.length }));
    });
  }

  updateBrief(ctx: WorkspaceContext, input: UpdateResearchBriefInput): Promise<ResearchPlanModel> {
    return this.db.write(ctx, async (tx) => {
      await this.assertJourney(tx, input.journeyId);
      const before = await tx.findOne(ResearchBriefEntity, { journeyId: input.journeyId }, { lock: true });
      if ((before?.version ?? 0) !== input.version) {
        throw researchErrors.conflict('ResearchBrief', 'The research brief was changed by someone else; reload it', { field: 'version', reason: 'stale', currentVersion: before?.version ?? 0 });
      }
      const patch = {
        goal: input.goal?.trim() ?? before?.goal ?? '',
        scope: input.scope?.trim() ?? before?.scope ?? '',
        hypotheses: clean(input.hypotheses) ?? before?.hypotheses ?? [],
        researchQuestions: clean(input.researchQuestions) ?? before?.researchQuestions ?? [],
        version: input.version + 1,
        updatedAt: new Date(),
      };
      if (before) await tx.update(ResearchBriefEntity, { journeyId: input.journeyId }, patch);
      else await tx.insert(ResearchBriefEntity, { journeyId: input.journeyId, ...patch });
      await this.audit.record(tx, { action: 'researchBrief.update', entityType: 'research_brief', entityId: input.journeyId, before, after: patch });
      return this.load(tx, input.journeyId);
    });
  }

  updateStep(ctx: WorkspaceContext, input: UpdateResearchStepInput): Promise<ResearchPlanModel> {
    return this.db.write(ctx, async (tx) => {
      await this.assertJourney(tx, input.journeyId);
      if (input.ownerUserId) await this.identity.assertMembers(tx, [input.ownerUserId], 'ownerUserId');
      const stepKey = input.step as ResearchStepKey;
      const before = await tx.findOne(ResearchStepEntity, { journeyId: input.journeyId, stepKey }, { lock: true });
      const after = {
        status: (input.status ?? before?.status ?? 'todo') as ResearchStepStatus,
        ownerUserId: input.ownerUserId === undefined ? (before?.ownerUserId ?? null) : input.ownerUserId,
        notes: input.notes ?? before?.notes ?? '',
        updatedBy: ctx.actor.userId,
        updatedAt: new Date(),
      };
      if (before) await tx.update(ResearchStepEntity, { journeyId: input.journeyId, stepKey }, after);
      else await tx.insert(ResearchStepEntity, { journeyId: input.journeyId, stepKey, ...after });
      await this.audit.record(tx, { action: 'researchStep.update', entityType: 'research_step', entityId: input.journeyId, before, after: { step: stepKey, ...after } });
      // A new owner hears of it once (saving the step again with the same owner tells nobody; the Notifier skips the actor).
      if (after.ownerUserId && after.ownerUserId !== (before?.ownerUserId ?? null)) {
        await this.notifier.notify(tx, {
          kind: 'assignment',
          recipients: { userIds: [after.ownerUserId] },
          title: `研究步骤 / Research step: ${RESEARCH_STEP_TITLES[stepKey]}`,
          body: after.notes,
          link: `/journeys/${input.journeyId}/research`,
          entityType: 'research_step',
          entityId: input.journeyId,
          dedupeKey: `research-step-owner:${input.journeyId}:${stepKey}:${after.ownerUserId}:${after.updatedAt.getTime()}`,
        });
      }
      return this.load(tx, input.journeyId);
    });
  }

  private async load(tx: TenantTx, journeyId: string): Promise<ResearchPlanModel> {
    const [brief, rows] = await tx.all([
      () => tx.findOne(ResearchBriefEntity, { journeyId }),
      () => tx.find(ResearchStepEntity, { journeyId, stepKey: In([...RESEARCH_STEP_KEYS]) }),
    ] as const);
    const byKey = new Map(rows.map((r) => [r.stepKey, r]));
    const steps: ResearchStepModel[] = RESEARCH_STEP_KEYS.map((key, position) => {
      const row = byKey.get(key);
      return { key, position, status: row?.status ?? 'todo', ownerUserId: row?.ownerUserId ?? null, notes: row?.notes ?? '', updatedAt: row?.updatedAt ?? null };
    });
    return {
      journeyId,
      goal: brief?.goal ?? '',
      scope: brief?.scope ?? '',
      hypotheses: brief?.hypotheses ?? [],
      researchQuestions: brief?.researchQuestions ?? [],
      version: brief?.version ?? 0,
      steps,
      ...researchProgress(steps.map((s) => s.status as ResearchStepStatus)),
    };
  }

  private async assertJourney(tx: TenantTx, journeyId: string): Promise<void> {
    if (!(await this.journeys.knownJourneys(tx, [journeyId])).has(journeyId)) throw researchErrors.notFound('Journey', journeyId, 'journeyId');
  }
}
