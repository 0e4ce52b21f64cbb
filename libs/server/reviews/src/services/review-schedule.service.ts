import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { JobQueue, TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { WorkspaceService } from '@opencx/server-identity';
import { JourneyReviewSchedules } from '@opencx/server-journeys';
import { JourneyReviewDueEntity } from '../entities/journey-review-due.entity';
import { dayIn, nextReviewDue } from './review-period';
import { ReviewDueHooks, type ReviewFellDue } from './review-due.hooks';
import { WorkspaceDigestService } from './workspace-digest.service';

export const REVIEW_DUE_QUEUE = 'journey-reviews-due';

export interface ReviewScheduleOptions {
  /** Work the queue and schedule the job in this process. */
  worker: boolean;
  intervalMs: number;
}

export const REVIEW_SCHEDULE_OPTIONS = Symbol('OPENCX_REVIEW_SCHEDULE_OPTIONS');
const DEFAULTS: ReviewScheduleOptions = { worker: true, intervalMs: 60 * 60 * 1000 };

/**
 * Marks journey reviews due and makes last month's workspace digest. A pg-boss job, queued at most once per interval however many API
 * processes schedule it (sendThrottled), walks the workspaces; a journey whose next review date
 * (its cadence after the last review, see `nextReviewDue`) has come gets one `journey_review_due`
 * row per due day (ON CONFLICT DO NOTHING), and only the rows this run inserted reach the
 * ReviewDueHooks listeners (notifications), in the same transaction: each due review is announced once.
 */
@Injectable()
export class ReviewScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('JourneyReviews');
  private readonly options: ReviewScheduleOptions;

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly workspaces: WorkspaceService,
    private readonly schedules: JourneyReviewSchedules,
    private readonly hooks: ReviewDueHooks,
    private readonly digests: WorkspaceDigestService,
    @Optional() @Inject(REVIEW_SCHEDULE_OPTIONS) options?: Partial<ReviewScheduleOptions>,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.worker || !this.queue.connected) return;
    await this.queue.work(REVIEW_DUE_QUEUE, () => this.markAllDue());
    this.queue.every(REVIEW_DUE_QUEUE, this.options.intervalMs);
  }

  /** The job: every workspace in turn; one workspace's failure does not stop the others. */
  async markAllDue(now = new Date()): Promise<void> {
    for (const workspaceId of await this.workspaces.allIds()) {
      const ctx: WorkspaceContext = { workspaceId, role: 'editor', actor: { userId: null, tokenId: null } };
      await this.markDue(ctx, now).catch((error: Error) => this.logger.error(`reviews due of workspace ${workspaceId}: ${error.message}`));
      // Last month's digest, once (a month's digest is unique).
      await this.digests.ensureLastMonth(ctx, now).catch((error: Error) => this.logger.error(`digest of workspace ${workspaceId}: ${error.message}`));
    }
  }

  /** Marks the workspace's journeys whose review has come due; answers the ones newly marked. */
  markDue(ctx: WorkspaceContext, now = new Date()): Promise<ReviewFellDue[]> {
    return this.db.write(ctx, async (tx) => {
      const timeZone = await this.workspaces.timeZone(tx);
      const today = dayIn(timeZone, now);
      const journeys = await this.schedules.list(tx);
      if (!journeys.length) return [];
      const last = await tx.query<{ journey_id: string; last_on: string }>(
        `SELECT journey_id, max(created_at AT TIME ZONE $2)::date::text AS last_on FROM journey_review WHERE workspace_id = $1 GROUP BY journey_id`,
        [timeZone],
      );
      const lastOn = new Map(last.map((r) => [r.journey_id, r.last_on]));
      const due = journeys
        .map((j) => ({ j, dueOn: nextReviewDue({ reviewCadenceDays: j.reviewCadenceDays, nextReviewAt: j.nextReviewAt, createdOn: dayIn(timeZone, j.createdAt) }, lastOn.get(j.journeyId) ?? null) }))
        .filter(({ dueOn }) => dueOn <= today);
      if (!due.length) return [];
      const inserted = await tx.query<{ journey_id: string; due_on: string }>(
        `INSERT INTO journey_review_due (workspace_id, journey_id, due_on)
         SELECT $1, d.journey_id, d.due_on FROM unnest($2::uuid[], $3::date[]) AS d(journey_id, due_on)
         ON CONFLICT DO NOTHING RETURNING journey_id, due_on::text`,
        [due.map((d) => d.j.journeyId), due.map((d) => d.dueOn)],
      );
      const byId = new Map(journeys.map((j) => [j.journeyId, j]));
      const fell = inserted.map((r) => ({ journeyId: r.journey_id, journeyName: byId.get(r.journey_id)?.name ?? '', dueOn: r.due_on, ownerTeamId: byId.get(r.journey_id)?.ownerTeamId ?? null }));
      await this.hooks.fellDue(tx, fell);
      return fell;
    });
  }

  /** Reviews that fell due and wait for the team, oldest first. */
  waiting(ctx: WorkspaceContext): Promise<JourneyReviewDueEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(JourneyReviewDueEntity, { reviewId: IsNull() }, { order: { dueOn: 'ASC', journeyId: 'ASC' } }));
  }
}
