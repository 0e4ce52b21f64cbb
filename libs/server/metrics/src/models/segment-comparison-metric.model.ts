import { Field, ID, ObjectType } from '@nestjs/graphql';
import { KpiChangeModel } from './kpi-change.model';
import { KpiFigureModel } from './kpi-figure.model';

@ObjectType('SegmentComparisonMetric', { description: 'One metric of the journey for two segments side by side, and whether they differ by more than noise.' })
export class SegmentComparisonMetricModel {
  @Field(() => ID) metricId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => KpiFigureModel) a!: KpiFigureModel;
  @Field(() => KpiFigureModel) b!: KpiFigureModel;
  @Field(() => KpiChangeModel, { nullable: true, description: 'b − a with its 95 % interval and test (two-proportion z, NPS z or Welch t); null when a side has no data' }) difference!: KpiChangeModel | null;
}
