import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { ShareLinkService } from '../services/share-link.service';
import { CreatedShareLinkModel, ShareLinkModel } from '../models';
import { CreateShareLinkInput } from '../inputs/create-share-link.input';

@Resolver(() => ShareLinkModel)
export class ShareLinkResolver {
  constructor(private readonly service: ShareLinkService) {}

  @Roles('editor')
  @Query(() => [ShareLinkModel], { name: 'shareLinks', description: "A journey's read-only share links, newest first (editors manage them)." })
  list(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyId', { type: () => ID }) journeyId: string): Promise<ShareLinkModel[]> {
    return this.service.list(ctx, journeyId);
  }

  @Roles('editor')
  @Mutation(() => CreatedShareLinkModel, { name: 'createShareLink', description: 'A read-only link to a journey map or dashboard; its token is shown once.' })
  create(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateShareLinkInput): Promise<CreatedShareLinkModel> {
    return this.service.create(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ShareLinkModel, { name: 'revokeShareLink' })
  revoke(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<ShareLinkModel> {
    return this.service.revoke(ctx, id);
  }
}
