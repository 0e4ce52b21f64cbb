import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { KpiReportModel, KpisArgs } from './kpi.model';
import { KpiService } from './kpi.service';

@Resolver(() => KpiReportModel)
export class KpiResolver {
  constructor(private readonly kpis: KpiService) {}

  @Roles('viewer')
  @Query(() => KpiReportModel, { name: 'kpis', description: 'KPIs of a journey, stage, touchpoint or site per time bucket and per child, read from the daily roll-ups.' })
  report(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: KpisArgs): Promise<KpiReportModel> {
    return this.kpis.report(ctx, args);
  }
}
