import { Module } from '@nestjs/common';
import { MetricDefinitionService } from './metric-definition.service';
import { MetricDefinitionResolver } from './metric-definition.resolver';

@Module({ providers: [MetricDefinitionService, MetricDefinitionResolver], exports: [MetricDefinitionService] })
export class MetricsModule {}
