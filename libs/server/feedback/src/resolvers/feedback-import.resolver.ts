import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { ImportJobConnectionModel, ImportJobModel } from '../models';
import { FeedbackImportService } from '../services/feedback-import.service';

@Resolver(() => ImportJobModel)
export class FeedbackImportResolver {
  constructor(private readonly imports: FeedbackImportService) {}

  @Roles('viewer')
  @Query(() => ImportJobModel, { description: 'A CSV import: status, progress, counts and the first 1,000 rejected rows.' })
  importJob(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<ImportJobModel> {
    return this.imports.model(ctx, id);
  }

  @Roles('viewer')
  @Query(() => ImportJobConnectionModel, { description: 'CSV imports of the workspace, newest first, a page at a time (first ≤ 100).' })
  importJobs(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (default 20, at most 100)' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'pageInfo.endCursor of the previous page' }) after?: string,
  ): Promise<ImportJobConnectionModel> {
    return this.imports.list(ctx, { first, after });
  }
}
