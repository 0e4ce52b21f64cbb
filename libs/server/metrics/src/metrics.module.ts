import { Module } from '@nestjs/common';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricDefinitionService } from './metric-definition.service';
import { MetricDefinitionResolver } from './metric-definition.resolver';
import { MetricRollupService } from './metric-rollup.service';
import { KpiService } from './kpi.service';
import { KpiResolver } from './kpi.resolver';

@Module({
  imports: [IdentityModule, JourneysModule],
  providers: [MetricDefinitionService, MetricDefinitionResolver, MetricRollupService, KpiService, KpiResolver],
  exports: [MetricDefinitionService, MetricRollupService],
})
export class MetricsModule {}
