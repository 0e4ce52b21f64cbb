import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';
import { SlaBasisEnum } from './sla-basis.enum';

@ObjectType('FollowUpRule')
export class FollowUpRuleModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() enabled!: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: 'A comparison { metric, op, value } or { any: [...] } / { all: [...] }' }) condition!: unknown;
  @Field(() => [String]) topics!: string[];
  @Field(() => [String]) keywords!: string[];
  @Field(() => ID, { nullable: true }) journeyId!: string | null;
  @Field(() => ID, { nullable: true }) touchpointId!: string | null;
  @Field(() => Int, { nullable: true, description: "null: the touchpoint's SLA, else 9 business hours" }) slaMinutes!: number | null;
  @Field(() => SlaBasisEnum) slaBasis!: SlaBasisEnum;
  @Field(() => ID, { nullable: true }) assigneeUserId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Cases go to its members in turn (round-robin)' }) assigneeTeamId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The team lead an overdue case is escalated to' }) escalateToUserId!: string | null;
  @Field() createdAt!: Date;
}
