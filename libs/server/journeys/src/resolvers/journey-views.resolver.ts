import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { SaveJourneyViewInput } from '../inputs';
import { JourneyViewModel } from '../models';
import { JourneyViewsService } from '../services/journey-views.service';

/** Named views of a journey map (per user; shared ones visible to the workspace). Viewers open them; editors save (viewers write nothing in a workspace). */
@Resolver(() => JourneyViewModel)
export class JourneyViewsResolver {
  constructor(private readonly views: JourneyViewsService) {}

  @Roles('viewer')
  @Query(() => [JourneyViewModel], { description: "The caller's views of the journey and the ones shared in the workspace" })
  journeyViews(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyId', { type: () => ID }) journeyId: string): Promise<JourneyViewModel[]> {
    return this.views.list(ctx, journeyId);
  }

  @Roles('editor')
  @Mutation(() => JourneyViewModel, { description: 'Save the current zoom, density, lanes and filter under a name (an existing name of yours is replaced).' })
  saveJourneyView(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SaveJourneyViewInput): Promise<JourneyViewModel> {
    return this.views.save(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => Boolean, { description: 'Delete one of your own views.' })
  deleteJourneyView(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.views.delete(ctx, id);
  }
}
