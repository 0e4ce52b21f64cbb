import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AcceptPainPointSuggestionInput, DismissPainPointSuggestionInput } from '../inputs';
import { LineageModel, PainPointSuggestionModel } from '../models';
import { LineageService } from '../services/lineage.service';
import { PainPointSuggestionService } from '../services/pain-point-suggestion.service';

@ObjectType('AcceptedPainPoint')
export class AcceptedPainPointModel {
  @Field(() => ID) painPointId!: string;
  @Field(() => ID) journeyId!: string;
}

@Resolver()
export class SuggestionLineageResolver {
  constructor(
    private readonly suggestions: PainPointSuggestionService,
    private readonly lineageService: LineageService,
  ) {}

  @Roles('viewer')
  @Query(() => [PainPointSuggestionModel], { description: 'Pain points the evidence of the last `days` days suggests for a journey’s touchpoints (dismissed and accepted evidence excluded)' })
  painPointSuggestions(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('journeyId', { type: () => ID }) journeyId: string,
    @Args('days', { type: () => Int, nullable: true }) days?: number,
  ): Promise<PainPointSuggestionModel[]> {
    return this.suggestions.suggestions(ctx, journeyId, days ?? 30);
  }

  @Roles('editor')
  @Mutation(() => AcceptedPainPointModel, { description: 'Opens a pain point (source feedback, evidence count = n) from a suggestion and keeps its responses as lineage' })
  acceptPainPointSuggestion(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AcceptPainPointSuggestionInput): Promise<AcceptedPainPointModel> {
    return this.suggestions.accept(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => Boolean, { description: 'Hides a suggestion; the same evidence is not suggested again' })
  dismissPainPointSuggestion(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: DismissPainPointSuggestionInput): Promise<boolean> {
    return this.suggestions.dismiss(ctx, input);
  }

  @Roles('viewer')
  @Query(() => LineageModel, { description: 'Responses → cases → root causes → pain point → actions → measured change, for an action, a pain point or a follow-up case' })
  lineage(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('actionId', { type: () => ID, nullable: true }) actionId?: string,
    @Args('painPointId', { type: () => ID, nullable: true }) painPointId?: string,
    @Args('caseId', { type: () => ID, nullable: true }) caseId?: string,
  ): Promise<LineageModel> {
    return this.lineageService.lineage(ctx, { actionId, painPointId, caseId });
  }
}
