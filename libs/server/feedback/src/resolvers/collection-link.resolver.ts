import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { CreateCollectionLinkInput } from '../inputs';
import { CollectionLinkConnectionModel, CollectionLinkModel } from '../models';
import { CollectionLinkService } from '../services/collection-link.service';

@Resolver(() => CollectionLinkModel)
export class CollectionLinkResolver {
  constructor(private readonly links: CollectionLinkService) {}

  @Roles('viewer')
  @Query(() => CollectionLinkConnectionModel, { description: 'Public survey links, newest first (first ≤ 200).' })
  collectionLinks(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('touchpointId', { type: () => ID, nullable: true }) touchpointId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CollectionLinkConnectionModel> {
    return this.links.list(ctx, touchpointId ?? null, { first, after });
  }

  @Roles('editor')
  @Mutation(() => CollectionLinkModel)
  createCollectionLink(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateCollectionLinkInput): Promise<CollectionLinkModel> {
    return this.links.create(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => CollectionLinkModel, { description: 'Withdraws a link: its survey answers 404 from now on.' })
  revokeCollectionLink(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<CollectionLinkModel> {
    return this.links.revoke(ctx, id);
  }
}
