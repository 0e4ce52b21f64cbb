import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { KpiChangeModel } from '@opencx/server-metrics';

@ObjectType('CommentTerm', { description: 'A topic or keyword: the comments mentioning it this period and the previous one, and whether its share changed by more than noise.' })
export class CommentTermModel {
  @Field({ description: 'The topic key (a tag from the topic dictionaries) or the keyword itself' }) term!: string;
  @Field(() => String, { nullable: true, description: 'Topics: the name in English' }) nameEn!: string | null;
  @Field(() => String, { nullable: true, description: 'Topics: the name in Chinese' }) nameZh!: string | null;
  @Field(() => Int, { description: 'Comments of the window that mention it' }) count!: number;
  @Field(() => Int, { description: 'Comments of the previous window (same length, just before) that mention it' }) previousCount!: number;
  @Field(() => Float, { description: 'count ÷ comments of the window, in %' }) share!: number;
  @Field(() => Float, { nullable: true }) previousShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'share − previousShare, in points' }) difference!: number | null;
  @Field(() => Float, { nullable: true, description: 'Two-proportion z-test of the two shares' }) pValue!: number | null;
  @Field({ description: 'p below 0.05 ÷ the number of terms tested (Bonferroni)' }) significant!: boolean;
  @Field({ description: 'Significant and up' }) rising!: boolean;
  @Field(() => Int, { nullable: true, description: 'Topics: of the mentioning comments, those with negative sentiment' }) negative!: number | null;
}

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

@ObjectType('CommentAnalytics', { description: "A journey's comments over a window: top topics, rising keywords and the sentiment trend." })
export class CommentAnalyticsModel {
  @Field(() => ID) journeyId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: 'First day of the previous window the shares are compared with' }) previousFrom!: string;
  @Field() previousTo!: string;
  @Field(() => Int, { description: 'Responses with a comment in the window' }) comments!: number;
  @Field(() => Int) previousComments!: number;
  @Field(() => [CommentTermModel], { description: 'Topics by mentions (at most 12)' }) topics!: CommentTermModel[];
  @Field(() => [CommentTermModel], { description: 'Keywords tested for a rise (at most 15): rising first, then by p-value and share' }) keywords!: CommentTermModel[];
  @Field(() => [SentimentBucketModel]) sentiment!: SentimentBucketModel[];
}
