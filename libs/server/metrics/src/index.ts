import { MetricDefinitionEntity } from './metric-definition.entity';
import { TouchpointMetricEntity } from './touchpoint-metric.entity';
import { KpiAlertEntity } from './alerts/kpi-alert.entity';

export * from './metric-definition.entity';
export * from './metric-definition.service';
export * from './touchpoint-metric.entity';
export * from './touchpoint-metric.service';
export * from './core-metrics';
export * from './metrics.module';
export { MetricRollupService, NO_SITE, emptyMeasurements, type Measurements, type MeasurementSource } from './metric-rollup.service';

export const METRIC_ENTITIES = [MetricDefinitionEntity, TouchpointMetricEntity, KpiAlertEntity];
export { KPI_ALERT_QUEUE, KpiAlertService, type KpiAlertOptions } from './alerts/kpi-alert.service';
export { judgeAlert, changeTest, ALERT_WINDOW_DAYS, type AlertJudgement } from './alerts/alert-rule';
export * from './touchpoint-places.port';
export { EmotionRollupService, type EmotionInput } from './emotion-rollup.service';
export { RollupReader, type SiteCounters, type JourneyCell, type RollupWindow, type WindowMetric } from './rollup-reader.service';
export { KpiService, figureOf, changeBetween, bucketsBetween, parseDay, EMPTY as EMPTY_COUNTERS, type Counters, type DefinitionRow } from './kpi.service';
export { KpiFigureModel, KpiChangeModel, KpiGranularity, KpiBucketModel, KpiScope, type KpiReportModel } from './models';
export { KpiAnswerCache } from './kpi-answer.cache';
