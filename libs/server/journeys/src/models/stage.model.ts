import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TouchpointModel } from './touchpoint.model';

@ObjectType('Stage')
export class StageModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => Int) position!: number;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int) version!: number;
  @Field(() => [TouchpointModel]) touchpoints!: TouchpointModel[];
}
