import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommentTermModel } from './comment-term.model';
import { SentimentBucketModel } from './sentiment-bucket.model';

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
