import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { WorkspaceDigestService } from '../services/workspace-digest.service';
import { WorkspaceDigestModel } from '../models';

@Resolver(() => WorkspaceDigestModel)
export class WorkspaceDigestResolver {
  constructor(private readonly digests: WorkspaceDigestService) {}

  @Roles('viewer')
  @Query(() => [WorkspaceDigestModel], { description: 'Monthly digests, newest first' })
  workspaceDigests(@WorkspaceCtx() ctx: WorkspaceContext): Promise<WorkspaceDigestModel[]> {
    return this.digests.list(ctx);
  }

  @Roles('viewer')
  @Query(() => WorkspaceDigestModel)
  workspaceDigest(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<WorkspaceDigestModel> {
    return this.digests.get(ctx, id);
  }

  @Roles('admin')
  @Mutation(() => WorkspaceDigestModel, { description: "Makes (or remakes) a month's digest now; the scheduled job makes last month's by itself" })
  generateWorkspaceDigest(@WorkspaceCtx() ctx: WorkspaceContext, @Args('month', { description: 'YYYY-MM' }) month: string): Promise<WorkspaceDigestModel> {
    return this.digests.generate(ctx, month);
  }
}
