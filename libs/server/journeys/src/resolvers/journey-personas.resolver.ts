import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyPersonasService } from '../services/journey-personas.service';
import { SetJourneyPersonasInput, SetTouchpointPersonaEmotionInput } from '../inputs';
import { JourneyModel } from '../models';

/** Several personas on one journey (the "by persona" map); each answers with the whole updated map. */
@Resolver(() => JourneyModel)
export class JourneyPersonasResolver {
  constructor(private readonly personas: JourneyPersonasService) {}

  @Roles('editor') @Mutation(() => JourneyModel, { description: "Replace the journey's further personas (switcher order); a removed persona's emotions go with it." })
  setJourneyPersonas(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetJourneyPersonasInput) {
    return this.personas.setPersonas(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel, { description: "Set or clear one further persona's designed emotion at a touchpoint." })
  setTouchpointPersonaEmotion(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetTouchpointPersonaEmotionInput) {
    return this.personas.setEmotion(ctx, input);
  }
}
