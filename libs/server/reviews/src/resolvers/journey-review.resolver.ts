import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AuditService } from '@opencx/server-audit';
import { TenantDb } from '@opencx/server-database';
import { JourneyReviewService } from '../services/journey-review.service';
import { ReviewScheduleService } from '../services/review-schedule.service';
import { JourneyReviewConnectionModel, JourneyReviewDueModel, JourneyReviewModel } from '../models';
import { CreateJourneyReviewInput } from '../inputs/create-journey-review.input';

@Resolver(() => JourneyReviewModel)
export class JourneyReviewResolver {
  constructor(
    private readonly service: JourneyReviewService,
    private readonly schedule: ReviewScheduleService,
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  @Roles('viewer')
  @Query(() => JourneyReviewConnectionModel, { name: 'journeyReviews', description: 'Held reviews, newest first, of one journey or all; keyset-paged (first ≤ 200, default 50; after = pageInfo.endCursor)' })
  list(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('journeyId', { type: () => ID, nullable: true }) journeyId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<JourneyReviewConnectionModel> {
    return this.service.list(ctx, journeyId ?? null, { first, after });
  }

  @Roles('viewer')
  @Query(() => JourneyReviewModel, { name: 'journeyReview' })
  get(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<JourneyReviewModel> {
    return this.service.get(ctx, id);
  }

  @Roles('viewer')
  @Query(() => [JourneyReviewDueModel], { name: 'journeyReviewsDue', description: 'Reviews that fell due and have not been held, oldest first' })
  due(@WorkspaceCtx() ctx: WorkspaceContext): Promise<JourneyReviewDueModel[]> {
    return this.schedule.waiting(ctx);
  }

  @Roles('editor')
  @Mutation(() => JourneyReviewModel, { name: 'createJourneyReview', description: "Holds a review: stores the journey's KPI snapshot over the period, its actions' status and the decisions" })
  create(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateJourneyReviewInput): Promise<JourneyReviewModel> {
    return this.service.create(ctx, input);
  }

  @Roles('admin')
  @Mutation(() => [JourneyReviewDueModel], { name: 'markJourneyReviewsDue', description: 'Runs the scheduled check now for this workspace; answers the reviews it newly marked due' })
  async markDue(@WorkspaceCtx() ctx: WorkspaceContext): Promise<JourneyReviewDueModel[]> {
    const fell = await this.schedule.markDue(ctx);
    await this.db.write(ctx, (tx) => this.audit.record(tx, { action: 'journeyReview.markDue', entityType: 'journey_review_due', entityId: ctx.workspaceId, after: { marked: fell.length } }));
    const waiting = await this.schedule.waiting(ctx);
    return waiting.filter((w) => fell.some((f) => f.journeyId === w.journeyId && f.dueOn === w.dueOn));
  }
}
