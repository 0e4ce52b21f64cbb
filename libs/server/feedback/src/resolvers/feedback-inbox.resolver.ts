import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { JourneyModel } from '@opencx/server-journeys';
import { FeedbackFilterInput, OpenPainPointFromFeedbackInput } from '../inputs';
import { FeedbackConnectionModel } from '../models';
import { FeedbackInboxService } from '../services/feedback-inbox.service';

@Resolver()
export class FeedbackInboxResolver {
  constructor(private readonly inbox: FeedbackInboxService) {}

  @Roles('viewer')
  @Query(() => FeedbackConnectionModel, { description: 'The feedback inbox: verbatims newest first, filtered, a page at a time (first ≤ 200).' })
  feedback(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('filter', { type: () => FeedbackFilterInput, nullable: true }) filter?: FeedbackFilterInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (default 50, at most 200)' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'pageInfo.endCursor of the previous page' }) after?: string,
  ): Promise<FeedbackConnectionModel> {
    return this.inbox.list(ctx, filter ?? {}, { first, after });
  }

  @Roles('editor')
  @Mutation(() => JourneyModel, { description: "Opens a pain point (source feedback, evidence 1) on a response's touchpoint; returns the journey map." })
  openPainPointFromFeedback(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: OpenPainPointFromFeedbackInput): Promise<JourneyModel> {
    return this.inbox.openPainPoint(ctx, input);
  }
}
