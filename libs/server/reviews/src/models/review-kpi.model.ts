import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewKpi', { description: "One KPI of a review's snapshot over the review period (value null at n = 0)" })
export class ReviewKpiModel {
  @Field() key!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field() kind!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field({ description: 'The KPI status against target and warning threshold' }) status!: string;
  @Field() lowSample!: boolean;
}
