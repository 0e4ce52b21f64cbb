import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseRate')
export class CaseRateModel {
  @Field(() => Float, { description: '%' }) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Int) n!: number;
  @Field() lowSample!: boolean;
}
