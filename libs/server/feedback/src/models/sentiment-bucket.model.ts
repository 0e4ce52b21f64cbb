import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { KpiChangeModel } from '@opencx/server-metrics';

@ObjectType('SentimentBucket', { description: 'Mean comment sentiment (−1…+1) of one time bucket with its t interval.' })
export class SentimentBucketModel {
  @Field() start!: string;
  @Field(() => Int, { description: 'Comments with a sentiment score' }) n!: number;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field() lowSample!: boolean;
  @Field(() => Float, { nullable: true, description: 'Share of the scored comments that are negative (< 0), in %' }) negativeShare!: number | null;
  @Field(() => KpiChangeModel, { nullable: true, description: 'Against the bucket before (Welch t); null for the first bucket or too few comments' }) change!: KpiChangeModel | null;
}
