import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { KpiFigureModel } from '@opencx/server-metrics';

@ObjectType('ExecutiveTouchpoint', { description: 'A touchpoint furthest below target' })
export class ExecutiveTouchpointModel {
  @Field(() => ID) touchpointId!: string;
  @Field() name!: string;
  @Field() metricKey!: string;
  @Field(() => KpiFigureModel) figure!: KpiFigureModel;
  @Field(() => Float, { description: 'Shortfall against target as a share of the scale width (0…1)' }) gap!: number;
}
