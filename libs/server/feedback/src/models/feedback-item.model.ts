import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** A response as the inbox shows it: its scores and comment with where it was given, by name. */
@ObjectType('FeedbackItem', { description: 'One verbatim in the feedback inbox.' })
export class FeedbackItemModel {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field(() => ID) touchpointId!: string;
  @Field(() => String, { nullable: true, description: 'null when the touchpoint has since been deleted from the map' }) touchpointName!: string | null;
  @Field(() => ID, { nullable: true }) stageId!: string | null;
  @Field(() => String, { nullable: true }) stageName!: string | null;
  @Field(() => ID) journeyId!: string;
  @Field(() => String, { nullable: true }) journeyName!: string | null;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => String, { nullable: true }) siteName!: string | null;
  @Field(() => Int, { nullable: true }) nps!: number | null;
  @Field(() => Int, { nullable: true }) csat!: number | null;
  @Field(() => Int, { nullable: true }) ces!: number | null;
  @Field(() => String, { nullable: true, description: 'Plain text; render as text, never as HTML' }) comment!: string | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => Float, { nullable: true }) sentiment!: number | null;
  @Field(() => [String]) tags!: string[];
  @Field() source!: string;
  @Field(() => String, { nullable: true }) channel!: string | null;
}
