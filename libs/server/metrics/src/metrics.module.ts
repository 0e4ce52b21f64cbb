import { SegmentComparisonService } from './segment-comparison.service';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { NotificationsModule } from '@opencx/server-notifications';
import { MetricDefinitionService } from './metric-definition.service';
import { MetricDefinitionResolver } from './metric-definition.resolver';
import { TouchpointMetricService } from './touchpoint-metric.service';
import { MetricRollupService } from './metric-rollup.service';
import { KpiService } from './kpi.service';
import { KpiResolver } from './kpi.resolver';
import { JourneyKpiService } from './journey-kpi.service';
import { EmotionRollupService } from './emotion-rollup.service';
import { KPI_ALERT_OPTIONS, KpiAlertService, type KpiAlertOptions } from './alerts/kpi-alert.service';
import { KpiAlertResolver } from './alerts/kpi-alert.resolver';
import { RollupReader } from './rollup-reader.service';
import { KpiAnswerCache } from './kpi-answer.cache';

@Module({
  imports: [AuditModule, IdentityModule, NotificationsModule],
  providers: [
    MetricDefinitionService,
    TouchpointMetricService,
    MetricDefinitionResolver,
    MetricRollupService,
    KpiService,
    KpiResolver,
    JourneyKpiService,
    EmotionRollupService,
    KpiAlertService,
    KpiAlertResolver,
    RollupReader,
    SegmentComparisonService,
    KpiAnswerCache,
  ],
  exports: [MetricDefinitionService, TouchpointMetricService, MetricRollupService, EmotionRollupService, KpiAlertService, RollupReader, KpiService],
})
export class MetricsModule {}

/** How the KPI alert job runs (the API's configuration), provided once for the metrics context. */
@Global()
@Module({})
export class KpiAlertOptionsModule {
  static forRoot(options: Partial<KpiAlertOptions>): DynamicModule {
    return { module: KpiAlertOptionsModule, providers: [{ provide: KPI_ALERT_OPTIONS, useValue: options }], exports: [KPI_ALERT_OPTIONS] };
  }
}
