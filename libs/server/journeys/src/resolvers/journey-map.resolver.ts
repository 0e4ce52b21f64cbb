import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyStructureService } from '../services/journey-structure.service';
import { JourneyInsightService } from '../services/journey-insight.service';
import { TouchpointMetricsService } from '../services/touchpoint-metrics.service';
import { AddOpportunityInput, AddPainPointInput, AddStageInput, AddTouchpointInput, MoveStageInput, MoveTouchpointInput, SetTouchpointMetricsInput, UpdateOpportunityInput, UpdatePainPointInput, UpdateStageInput, UpdateTouchpointInput } from '../inputs';
import { JourneyModel } from '../models';

/**
 * Editing the map. Every mutation answers with the whole updated map (loaded once, inside the change's
 * transaction), so the editor re-renders from one response.
 */
@Resolver(() => JourneyModel)
export class JourneyMapResolver {
  constructor(
    private readonly structure: JourneyStructureService,
    private readonly insights: JourneyInsightService,
    private readonly touchpointMetrics: TouchpointMetricsService,
  ) {}

  @Roles('editor') @Mutation(() => JourneyModel, { description: "Replace a touchpoint's metrics (order and per-touchpoint target overrides)." })
  setTouchpointMetrics(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetTouchpointMetricsInput) {
    return this.touchpointMetrics.set(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  addStage(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddStageInput) {
    return this.structure.addStage(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  updateStage(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateStageInput) {
    return this.structure.updateStage(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  moveStage(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: MoveStageInput) {
    return this.structure.moveStage(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  deleteStage(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string) {
    return this.structure.deleteStage(ctx, id);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  addTouchpoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddTouchpointInput) {
    return this.structure.addTouchpoint(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  updateTouchpoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateTouchpointInput) {
    return this.structure.updateTouchpoint(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel, { description: 'Move within a stage or to another stage of the same journey; positions stay dense.' })
  moveTouchpoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: MoveTouchpointInput) {
    return this.structure.moveTouchpoint(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  deleteTouchpoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string) {
    return this.structure.deleteTouchpoint(ctx, id);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  addPainPoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddPainPointInput) {
    return this.insights.addPainPoint(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  updatePainPoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdatePainPointInput) {
    return this.insights.updatePainPoint(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  deletePainPoint(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string) {
    return this.insights.deletePainPoint(ctx, id);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  addOpportunity(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddOpportunityInput) {
    return this.insights.addOpportunity(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  updateOpportunity(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateOpportunityInput) {
    return this.insights.updateOpportunity(ctx, input);
  }

  @Roles('editor') @Mutation(() => JourneyModel)
  deleteOpportunity(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string) {
    return this.insights.deleteOpportunity(ctx, id);
  }
}
