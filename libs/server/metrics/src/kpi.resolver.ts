import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { JourneyKpisModel, KpiReportModel } from './models';
import { JourneyKpisArgs, KpisArgs } from './inputs';
import { KpiService } from './kpi.service';
import { JourneyKpiService } from './journey-kpi.service';

@Resolver(() => KpiReportModel)
export class KpiResolver {
  constructor(
    private readonly kpis: KpiService,
    private readonly journeyKpis: JourneyKpiService,
  ) {}

  @Roles('viewer')
  @Query(() => KpiReportModel, { name: 'kpis', description: 'KPIs of a journey, stage, touchpoint or site per time bucket and per child, read from the daily roll-ups.' })
  report(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: KpisArgs): Promise<KpiReportModel> {
    return this.kpis.report(ctx, args);
  }

  @Roles('viewer')
  @Query(() => JourneyKpisModel, { name: 'journeyKpis', description: 'What the journey map shows of its measurements: per touchpoint its metrics against target and its measured emotion, over a window, from the daily roll-ups.' })
  journey(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: JourneyKpisArgs): Promise<JourneyKpisModel> {
    return this.journeyKpis.report(ctx, args);
  }
}
