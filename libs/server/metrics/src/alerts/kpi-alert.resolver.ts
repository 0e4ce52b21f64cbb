import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { KpiAlertCheckModel, KpiAlertConnectionModel, KpiAlertModel } from '../models';
import { KpiAlertsArgs } from '../inputs';
import { KpiAlertService } from './kpi-alert.service';

@Resolver(() => KpiAlertModel)
export class KpiAlertResolver {
  constructor(private readonly alerts: KpiAlertService) {}

  @Roles('viewer')
  @Query(() => KpiAlertConnectionModel, { name: 'alerts', description: 'KPI alerts of the workspace, newest first, a page at a time (first ≤ 100); filter by status and journey.' })
  list(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: KpiAlertsArgs): Promise<KpiAlertConnectionModel> {
    return this.alerts.list(ctx, args);
  }

  @Roles('editor')
  @Mutation(() => KpiAlertModel, { description: 'Mark an alert as seen; it stays OPEN until the metric recovers.' })
  acknowledgeAlert(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<KpiAlertModel> {
    return this.alerts.acknowledge(ctx, id);
  }

  @Roles('editor')
  @Mutation(() => KpiAlertCheckModel, { description: 'Evaluate the alert rule in this workspace now (the background job does so every 15 minutes).' })
  checkKpiAlerts(@WorkspaceCtx() ctx: WorkspaceContext): Promise<KpiAlertCheckModel> {
    return this.alerts.check(ctx);
  }
}
