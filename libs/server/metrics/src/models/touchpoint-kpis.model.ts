import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TouchpointMetricKpiModel } from './touchpoint-metric-kpi.model';
import { MeasuredEmotionModel } from './measured-emotion.model';

@ObjectType('TouchpointKpis')
export class TouchpointKpisModel {
  @Field(() => ID) touchpointId!: string;
  @Field(() => [TouchpointMetricKpiModel]) metrics!: TouchpointMetricKpiModel[];
  @Field(() => MeasuredEmotionModel) emotion!: MeasuredEmotionModel;
}
