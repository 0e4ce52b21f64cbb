import { Module } from '@nestjs/common';
import { IdentityModule } from '@opencx/server-identity';
import { MetricDefinitionService } from './metric-definition.service';
import { MetricDefinitionResolver } from './metric-definition.resolver';
import { TouchpointMetricService } from './touchpoint-metric.service';
import { MetricRollupService } from './metric-rollup.service';
import { KpiService } from './kpi.service';
import { KpiResolver } from './kpi.resolver';
import { JourneyKpiService } from './journey-kpi.service';
import { EmotionRollupService } from './emotion-rollup.service';
import { RollupReader } from './rollup-reader.service';

@Module({
  imports: [IdentityModule],
  providers: [MetricDefinitionService, TouchpointMetricService, MetricDefinitionResolver, MetricRollupService, KpiService, KpiResolver, JourneyKpiService, EmotionRollupService, RollupReader],
  exports: [MetricDefinitionService, TouchpointMetricService, MetricRollupService, EmotionRollupService, RollupReader, KpiService],
})
export class MetricsModule {}
