import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SegmentComparisonMetricModel } from './segment-comparison-metric.model';

@ObjectType('SegmentComparison')
export class SegmentComparisonModel {
  @Field(() => ID) journeyId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field() segmentA!: string;
  @Field() segmentB!: string;
  @Field(() => [SegmentComparisonMetricModel]) metrics!: SegmentComparisonMetricModel[];
}
