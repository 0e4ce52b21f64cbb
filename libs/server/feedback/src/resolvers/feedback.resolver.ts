import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { CreateSiteInput, SubmitFeedbackInput } from '../inputs';
import { FeedbackResponseModel, SiteModel } from '../models';
import { FeedbackIngestionService } from '../services/feedback-ingestion.service';
import { SiteService } from '../services/site.service';

@Resolver(() => FeedbackResponseModel)
export class FeedbackResolver {
  constructor(
    private readonly ingestion: FeedbackIngestionService,
    private readonly sites: SiteService,
  ) {}

  @Roles('editor')
  @Mutation(() => FeedbackResponseModel, { description: 'Enter one response by hand (console); the same validation, exactly-once key and roll-up as the REST batch.' })
  submitFeedback(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SubmitFeedbackInput): Promise<FeedbackResponseModel> {
    return this.ingestion.submit(ctx, { ...input });
  }

  @Roles('viewer')
  @Query(() => [SiteModel], { name: 'sites' })
  listSites(@WorkspaceCtx() ctx: WorkspaceContext): Promise<SiteModel[]> {
    return this.sites.list(ctx);
  }

  @Roles('admin')
  @Mutation(() => SiteModel)
  createSite(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateSiteInput): Promise<SiteModel> {
    return this.sites.create(ctx, input);
  }
}
