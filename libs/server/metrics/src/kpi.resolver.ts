import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { JourneyKpisModel, KpiReportModel, SegmentComparisonModel } from './models';
import { JourneyKpisArgs, KpisArgs, SegmentComparisonArgs } from './inputs';
import { SegmentComparisonService } from './segment-comparison.service';
import { KpiService } from './kpi.service';
import { JourneyKpiService } from './journey-kpi.service';

@Resolver(() => KpiReportModel)
export class KpiResolver {
  constructor(
    private readonly kpis: KpiService,
    private readonly journeyKpis: JourneyKpiService,
    private readonly segments: SegmentComparisonService,
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

  @Roles('viewer')
  @Query(() => SegmentComparisonModel, { description: "Two segments of a journey side by side over a window: each metric's figures and the test of their difference, from the daily roll-ups." })
  segmentComparison(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: SegmentComparisonArgs): Promise<SegmentComparisonModel> {
    return this.segments.compare(ctx, args);
  }
}
