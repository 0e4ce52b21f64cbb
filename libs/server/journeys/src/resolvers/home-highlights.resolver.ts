import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { OpenCxError, Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { HomeHighlightsModel } from '../models';
import { HomeHighlightsService } from '../services/home-highlights.service';

@Resolver()
export class HomeHighlightsResolver {
  constructor(private readonly service: HomeHighlightsService) {}

  @Roles('viewer')
  @Query(() => HomeHighlightsModel, { description: 'Moments of truth and most severe pain points across live journeys (the home page), in two statements.' })
  homeHighlights(@WorkspaceCtx() ctx: WorkspaceContext, @Args('limit', { type: () => Int, nullable: true, defaultValue: 6 }) limit: number): Promise<HomeHighlightsModel> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 20) throw OpenCxError.badInput('limit', 'must be an integer from 1 to 20');
    return this.service.highlights(ctx, limit);
  }
}
