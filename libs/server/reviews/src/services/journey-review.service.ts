import { Injectable } from '@nestjs/common';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { ImprovementActionService } from '@opencx/server-actions';
import { WorkspaceService } from '@opencx/server-identity';
import { JourneyReviewSchedules } from '@opencx/server-journeys';
import { KpiGranularity, KpiScope, KpiService } from '@opencx/server-metrics';
import { JourneyReviewEntity, type ReviewAction, type ReviewKpi } from '../entities/journey-review.entity';
import { reviewErrors } from '../reviews.errors';
import { addDays, dayIn, DEFAULT_REVIEW_CADENCE_DAYS } from './review-period';

/** Held reviews, newest first, keyset-paged. */
export const REVIEW_LIST: PagedList<JourneyReviewEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  maxFirst: 200,
  defaultFirst: 50,
};

export interface NewJourneyReview {
  journeyId: string;
  decisions?: string[];
  notes?: string;
  periodDays?: number;
}

/**
 * Journey reviews: holding one stores what the team looked at — the journey's KPIs over the review
 * period (read through metrics' KpiService, the dashboard's own figures) and its improvement actions'
 * status (through actions' service) — with the decisions taken, and answers the review that was due.
 */
@Injectable()
export class JourneyReviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly workspaces: WorkspaceService,
    private readonly schedules: JourneyReviewSchedules,
    private readonly kpis: KpiService,
    private readonly actions: ImprovementActionService,
  ) {}

  list(ctx: WorkspaceContext, journeyId: string | null, page: PageArgs): Promise<Connection<JourneyReviewEntity>> {
    const request = pageRequest(REVIEW_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const found = await tx.findPage(JourneyReviewEntity, journeyId ? { journeyId } : {}, request);
      return toConnection(REVIEW_LIST, found, found.rows);
    });
  }

  get(ctx: WorkspaceContext, id: string): Promise<JourneyReviewEntity> {
    return this.db.read(ctx, (tx) => tx.findOneOrFail(JourneyReviewEntity, { id }, () => reviewErrors.notFound('JourneyReview', id, 'id')));
  }

  async create(ctx: WorkspaceContext, input: NewJourneyReview): Promise<JourneyReviewEntity> {
    const decisions = (input.decisions ?? []).map((d) => d.trim()).filter(Boolean);
    const { schedule, today } = await this.db.read(ctx, async (tx) => ({
      schedule: (await this.schedules.list(tx, [input.journeyId]))[0],
      today: dayIn(await this.workspaces.timeZone(tx), new Date()),
    }));
    if (!schedule) throw reviewErrors.notFound('Journey', input.journeyId, 'journeyId');
    const days = input.periodDays ?? schedule.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS;
    const periodFrom = addDays(today, 1 - days);
    const report = await this.kpis.report(ctx, { scope: KpiScope.JOURNEY, id: input.journeyId, from: periodFrom, to: today, granularity: KpiGranularity.MONTH });
    const kpis: ReviewKpi[] = report.metrics.map((m) => ({
      key: m.key, nameEn: m.nameEn, nameZh: m.nameZh, kind: m.kind, value: m.total.value, n: m.total.n, low: m.total.low, high: m.total.high,
      target: m.total.target, status: m.total.status, lowSample: m.total.lowSample,
    }));
    const found = await this.actions.list(ctx, { journeyId: input.journeyId }, { first: 500 });
    const actions: ReviewAction[] = found.nodes.map((a) => ({ id: a.id, title: a.title, status: a.status, dueDate: a.dueDate, overdue: a.overdue }));
    if (!decisions.length && !input.notes?.trim() && !kpis.length && !actions.length) throw OpenCxError.badInput('decisions', 'a review with no KPI, no action, no decision and no notes records nothing');
    return this.db.write(ctx, async (tx) => {
      const row = await tx.insert(JourneyReviewEntity, {
        journeyId: input.journeyId, periodFrom, periodTo: today, kpis, actions, decisions, notes: input.notes?.trim() ?? '', createdBy: ctx.actor.userId,
      });
      // The review answers every review of the journey that fell due and was still waiting.
      await tx.query(`UPDATE journey_review_due SET review_id = $3 WHERE workspace_id = $1 AND journey_id = $2 AND review_id IS NULL`, [input.journeyId, row.id]);
      await this.audit.record(tx, { action: 'journeyReview.create', entityType: 'journey_review', entityId: row.id, after: { journeyId: row.journeyId, periodFrom, periodTo: today, decisions, kpis: kpis.length, actions: actions.length } });
      return row;
    });
  }
}
