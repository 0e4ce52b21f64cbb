import { Module } from '@nestjs/common';
import { MetricDefinitionService } from './metric-definition.service';
import { MetricDefinitionResolver } from './metric-definition.resolver';
import { TouchpointMetricService } from './touchpoint-metric.service';

@Module({ providers: [MetricDefinitionService, TouchpointMetricService, MetricDefinitionResolver], exports: [MetricDefinitionService, TouchpointMetricService] })
export class MetricsModule {}
