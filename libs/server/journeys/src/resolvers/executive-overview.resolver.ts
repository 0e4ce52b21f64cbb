import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { ExecutiveOverviewArgs } from '../inputs';
import { ExecutiveOverviewModel } from '../models';
import { ExecutiveOverviewService } from '../services/executive-overview.service';

@Resolver()
export class ExecutiveOverviewResolver {
  constructor(private readonly service: ExecutiveOverviewService) {}

  @Roles('viewer')
  @Query(() => ExecutiveOverviewModel, { description: 'Every live journey with NPS/CSAT/CES against target, sparkline, significant changes and worst three touchpoints, from the roll-ups.' })
  executiveOverview(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: ExecutiveOverviewArgs): Promise<ExecutiveOverviewModel> {
    return this.service.overview(ctx, args);
  }
}
