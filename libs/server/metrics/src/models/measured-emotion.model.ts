import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MeasuredEmotion', { description: 'Customers\u2019 emotion at a touchpoint on the map\u2019s −3…+3 scale (DESIGN.md §3b), with a t-based 95 % interval; value null at n = 0.' })
export class MeasuredEmotionModel {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field() lowSample!: boolean;
}
