import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

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
