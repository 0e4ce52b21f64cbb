import { Field, ID, ObjectType } from '@nestjs/graphql';
import { KpiScope } from './kpi-scope.enum';
import { KpiGranularity } from './kpi-granularity.enum';
import { KpiMetricModel } from './kpi-metric.model';

@ObjectType('KpiReport')
export class KpiReportModel {
  @Field(() => KpiScope) scope!: KpiScope;
  @Field(() => ID) id!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => KpiGranularity) granularity!: KpiGranularity;
  @Field(() => [KpiMetricModel]) metrics!: KpiMetricModel[];
}
