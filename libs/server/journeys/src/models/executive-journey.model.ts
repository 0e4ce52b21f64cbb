import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ExecutiveMetricModel } from './executive-metric.model';
import { ExecutiveTouchpointModel } from './executive-touchpoint.model';

@ObjectType('ExecutiveJourney')
export class ExecutiveJourneyModel {
  @Field(() => ID) journeyId!: string;
  @Field() name!: string;
  @Field() status!: string;
  @Field(() => [ExecutiveMetricModel], { description: 'NPS, CSAT and CES' }) metrics!: ExecutiveMetricModel[];
  @Field(() => [ExecutiveTouchpointModel], { description: 'Up to three touchpoints furthest below target (n ≥ 30 only)' }) worstTouchpoints!: ExecutiveTouchpointModel[];
}
