import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AddResearchItemInput, CiteEvidenceInput, CreatePainPointFromEvidenceInput, ResearchItemFilterInput, UpdateResearchBriefInput, UpdateResearchStepInput } from '../inputs';
import { ResearchPlanModel, ResearchProgressModel } from '../models';
import { InsightEvidenceModel, PainPointFromEvidenceModel, ResearchItemConnectionModel, ResearchItemModel } from '../models';
import { EvidenceCitationService } from '../services/evidence-citation.service';
import { ResearchItemService } from '../services/research-item.service';
import { ResearchPlanService } from '../services/research-plan.service';

@Resolver()
export class ResearchResolver {
  constructor(
    private readonly plans: ResearchPlanService,
    private readonly items: ResearchItemService,
    private readonly citations: EvidenceCitationService,
  ) {}

  @Roles('viewer')
  @Query(() => ResearchPlanModel, { description: "A journey's research plan: brief and the seven steps" })
  researchPlan(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyId', { type: () => ID }) journeyId: string): Promise<ResearchPlanModel> {
    return this.plans.plan(ctx, journeyId);
  }

  @Roles('viewer')
  @Query(() => [ResearchProgressModel], { description: 'Research-plan progress of many journeys at once (the journey list)' })
  researchProgress(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyIds', { type: () => [ID] }) journeyIds: string[]): Promise<ResearchProgressModel[]> {
    return this.plans.progress(ctx, journeyIds);
  }

  @Roles('viewer')
  @Query(() => ResearchItemConnectionModel, { description: "A journey's evidence, newest first" })
  researchItems(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('journeyId', { type: () => ID }) journeyId: string,
    @Args('filter', { type: () => ResearchItemFilterInput, nullable: true }) filter?: ResearchItemFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ResearchItemConnectionModel> {
    return this.items.list(ctx, journeyId, filter ?? {}, { first, after });
  }

  @Roles('viewer')
  @Query(() => [InsightEvidenceModel], { description: 'What backs each pain point / opportunity: research, feedback and cases' })
  insightEvidence(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('painPointIds', { type: () => [ID] }) painPointIds: string[],
    @Args('opportunityIds', { type: () => [ID], nullable: true }) opportunityIds?: string[],
  ): Promise<InsightEvidenceModel[]> {
    return this.citations.evidence(ctx, painPointIds, opportunityIds ?? []);
  }

  @Roles('editor')
  @Mutation(() => ResearchPlanModel)
  updateResearchBrief(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateResearchBriefInput): Promise<ResearchPlanModel> {
    return this.plans.updateBrief(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ResearchPlanModel)
  updateResearchStep(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateResearchStepInput): Promise<ResearchPlanModel> {
    return this.plans.updateStep(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ResearchItemModel, { description: 'Evidence on a journey; attach a file with POST /api/v1/evidence/:id/file' })
  addResearchItem(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddResearchItemInput): Promise<ResearchItemModel> {
    return this.items.add(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => Boolean)
  deleteResearchItem(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.items.delete(ctx, id);
  }

  @Roles('editor')
  @Mutation(() => ResearchItemModel, { description: 'A pain point or opportunity cites the item' })
  citeEvidence(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CiteEvidenceInput): Promise<ResearchItemModel> {
    return this.citations.cite(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ResearchItemModel)
  removeEvidenceCitation(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CiteEvidenceInput): Promise<ResearchItemModel> {
    return this.citations.uncite(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => PainPointFromEvidenceModel, { description: 'A pain point (source research) from a quote or note, citing it' })
  createPainPointFromEvidence(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreatePainPointFromEvidenceInput): Promise<PainPointFromEvidenceModel> {
    return this.citations.createPainPoint(ctx, input);
  }
}
