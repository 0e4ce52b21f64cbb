import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PainHighlight', { description: 'A pain point on a live journey, for the home page' })
export class PainHighlightModel {
  @Field(() => ID) journeyId!: string;
  @Field() journeyName!: string;
  @Field() touchpointName!: string;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Int) severity!: number;
}
