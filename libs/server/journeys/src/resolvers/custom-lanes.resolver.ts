import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { CustomLanesService } from '../services/custom-lanes.service';
import { SetJourneyLanesInput, SetTouchpointLaneItemsInput } from '../inputs';
import { JourneyModel } from '../models';

/** A journey's own lanes and the entries in them; each answers with the whole updated map. */
@Resolver(() => JourneyModel)
export class CustomLanesResolver {
  constructor(private readonly lanes: CustomLanesService) {}

  @Roles('editor') @Mutation(() => JourneyModel, { description: "Replace the journey's custom lanes (add, rename, reorder, remove); a removed lane's entries go with it." })
  setJourneyLanes(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetJourneyLanesInput) {
    return this.lanes.setLanes(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel, { description: "Replace a touchpoint's entries in one custom lane." })
  setTouchpointLaneItems(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetTouchpointLaneItemsInput) {
    return this.lanes.setLaneItems(ctx, input);
  }
}
