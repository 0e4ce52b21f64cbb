import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON, HttpContext, Roles, WorkspaceCtx, type OpenCxRequest, type WorkspaceContext } from '@opencx/server-core';
import type { JourneyDocument } from '@opencx/domain';
import { JourneyService } from '../services/journey.service';
import { takePrefetchedJourney } from '../services/journey-prefetch';
import { JourneyRevisionService } from '../services/journey-revision.service';
import { CreateJourneyInput, DuplicateJourneyInput, JourneyFilterInput, TouchpointFilterInput, UpdateJourneyInput } from '../inputs';
import { JourneyConnectionModel, JourneyDiffModel, JourneyModel, JourneyRevisionModel, TouchpointModel } from '../models';

@Resolver(() => JourneyModel)
export class JourneyResolver {
  constructor(
    private readonly journeys: JourneyService,
    private readonly history: JourneyRevisionService,
  ) {}

  @Roles('viewer')
  @Query(() => JourneyConnectionModel, { name: 'journeys', description: 'Journeys of the workspace, most recently changed first, a page at a time (first ≤ 200).' })
  listJourneys(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('filter', { nullable: true }) filter?: JourneyFilterInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (default 50, at most 200)' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'pageInfo.endCursor of the previous page' }) after?: string,
  ): Promise<JourneyConnectionModel> {
    return this.journeys.list(ctx, filter, { first, after });
  }

  @Roles('viewer')
  @Query(() => JourneyModel, { description: 'The whole map in one request; touchpointFilter gives views by channel, team, device or region.' })
  async journey(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @HttpContext() http: { req: OpenCxRequest },
    @Args('id', { type: () => ID }) id: string,
    @Args('touchpointFilter', { nullable: true }) touchpointFilter?: TouchpointFilterInput,
  ): Promise<JourneyModel> {
    // The answer cache read this very map for this request, as this caller, just before execution.
    return takePrefetchedJourney(http.req, ctx.workspaceId, id, touchpointFilter) ?? this.journeys.get(ctx, id, touchpointFilter);
  }

  @Roles('viewer')
  @Query(() => [TouchpointModel], { description: "The journey's moments of truth, in map order." })
  async momentsOfTruth(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyId', { type: () => ID }) journeyId: string): Promise<TouchpointModel[]> {
    const map = await this.journeys.get(ctx, journeyId, { momentsOfTruthOnly: true });
    return map.stages.flatMap((s) => s.touchpoints);
  }

  @Roles('viewer')
  @Query(() => [JourneyRevisionModel], { description: 'Every change to the map, newest first.' })
  journeyRevisions(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyId', { type: () => ID }) journeyId: string): Promise<JourneyRevisionModel[]> {
    return this.history.list(ctx, journeyId);
  }

  @Roles('viewer')
  @Query(() => JourneyDiffModel)
  journeyDiff(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('journeyId', { type: () => ID }) journeyId: string,
    @Args('fromRevision', { type: () => Int }) fromRevision: number,
    @Args('toRevision', { type: () => Int }) toRevision: number,
  ): Promise<JourneyDiffModel> {
    return this.history.diff(ctx, journeyId, fromRevision, toRevision);
  }

  @Roles('viewer')
  @Query(() => GraphQLJSON, { description: 'The map as a JSON document (format opencx.journey v1) for importJourney.' })
  exportJourney(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<JourneyDocument> {
    return this.journeys.exportDocument(ctx, id);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel)
  createJourney(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateJourneyInput): Promise<JourneyModel> {
    return this.journeys.create(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel, { description: 'Create a journey from an exported document; all-or-nothing, errors name the field path.' })
  importJourney(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('document', { type: () => GraphQLJSON }) document: unknown,
    @Args('name', { nullable: true }) name?: string,
  ): Promise<JourneyModel> {
    return this.journeys.importDocument(ctx, document, name);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel)
  updateJourney(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateJourneyInput): Promise<JourneyModel> {
    return this.journeys.update(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel)
  archiveJourney(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<JourneyModel> {
    return this.journeys.archive(ctx, id);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel, { description: 'Copy a map, e.g. a current-state map into a future-state one.' })
  duplicateJourney(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: DuplicateJourneyInput): Promise<JourneyModel> {
    return this.journeys.duplicate(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel, { description: 'Put the map back as it was at a revision (recorded as a new revision).' })
  restoreJourneyRevision(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('journeyId', { type: () => ID }) journeyId: string,
    @Args('revision', { type: () => Int }) revision: number,
  ): Promise<JourneyModel> {
    return this.history.restore(ctx, journeyId, revision);
  }
}
