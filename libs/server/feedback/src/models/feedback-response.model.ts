import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';

@ObjectType('FeedbackResponse', { description: "One customer's answer at a touchpoint." })
export class FeedbackResponseModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) touchpointId!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true }) channel!: string | null;
  @Field() segment!: string;
  @Field(() => Int, { nullable: true }) nps!: number | null;
  @Field(() => Int, { nullable: true }) csat!: number | null;
  @Field(() => Int, { nullable: true }) ces!: number | null;
  @Field(() => GraphQLJSON) customScores!: Record<string, number>;
  @Field(() => String, { nullable: true, description: 'Plain text; render as text, never as HTML' }) comment!: string | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => Float, { nullable: true, description: '−1…+1; null until text analytics has scored the comment' }) sentiment!: number | null;
  @Field(() => [String]) tags!: string[];
  @Field() source!: string;
  @Field() externalId!: string;
  @Field() receivedAt!: Date;
}
