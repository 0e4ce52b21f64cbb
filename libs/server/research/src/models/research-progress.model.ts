import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ResearchProgress', { description: 'Done steps of a journey research plan' })
export class ResearchProgressModel {
  @Field(() => ID) journeyId!: string;
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}
