import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MomentHighlight', { description: 'A moment of truth on a live journey, for the home page' })
export class MomentHighlightModel {
  @Field(() => ID) journeyId!: string;
  @Field() journeyName!: string;
  @Field(() => ID) touchpointId!: string;
  @Field() name!: string;
  @Field() stageName!: string;
  @Field(() => Int) emotion!: number;
}
