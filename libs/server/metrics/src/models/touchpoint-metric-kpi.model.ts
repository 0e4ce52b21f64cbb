import { Field, ID, ObjectType } from '@nestjs/graphql';
import { KpiFigureModel } from './kpi-figure.model';

@ObjectType('TouchpointMetricKpi', { description: 'One metric of a touchpoint over the window: bound to it, or measured there.' })
export class TouchpointMetricKpiModel {
  @Field(() => ID) metricId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field({ description: 'Whether the metric is bound to the touchpoint (else it only has data there)' }) bound!: boolean;
  @Field(() => KpiFigureModel) figure!: KpiFigureModel;
}
