import { MetricDefinitionEntity } from './metric-definition.entity';

export * from './metric-definition.entity';
export * from './metric-definition.service';
export * from './core-metrics';
export * from './metrics.module';
export { MetricRollupService, NO_SITE, emptyMeasurements, type Measurements } from './metric-rollup.service';

export const METRIC_ENTITIES = [MetricDefinitionEntity];
