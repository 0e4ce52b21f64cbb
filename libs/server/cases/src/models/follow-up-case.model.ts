import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FollowUpCaseStatus } from './follow-up-case-status.enum';
import { SlaBasisEnum } from './sla-basis.enum';

@ObjectType('FollowUpCase', { description: 'A follow-up case (回访) opened by a rule for one response or observation' })
export class FollowUpCaseModel {
  @Field(() => ID) id!: string;
  @Field(() => FollowUpCaseStatus) status!: FollowUpCaseStatus;
  @Field({ description: 'response or observation' }) subjectKind!: string;
  @Field(() => ID, { description: 'The response (or observation) that opened the case' }) subjectId!: string;
  @Field() ruleKey!: string;
  @Field() ruleName!: string;
  @Field(() => ID) touchpointId!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => Int, { nullable: true }) nps!: number | null;
  @Field(() => Int, { nullable: true }) csat!: number | null;
  @Field(() => String, { nullable: true, description: 'The customer comment, plain text' }) comment!: string | null;
  @Field({ description: 'When the customer answered: the SLA clock starts here' }) occurredAt!: Date;
  @Field() openedAt!: Date;
  @Field(() => Int) slaMinutes!: number;
  @Field(() => SlaBasisEnum) slaBasis!: SlaBasisEnum;
  @Field() dueAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Minutes left as the SLA counts them (business minutes for a BUSINESS SLA), negative when overdue; null once resolved or closed' })
  minutesLeft!: number | null;
  @Field() overdue!: boolean;
  @Field(() => ID, { nullable: true }) assigneeUserId!: string | null;
  @Field(() => ID, { nullable: true }) assigneeTeamId!: string | null;
  @Field(() => ID, { nullable: true }) escalateToUserId!: string | null;
  @Field(() => String, { nullable: true }) outcome!: string | null;
  @Field(() => ID, { nullable: true }) rootCauseCodeId!: string | null;
  @Field(() => Date, { nullable: true }) firstContactedAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date, { nullable: true }) breachedAt!: Date | null;
  @Field(() => Date, { nullable: true }) escalatedAt!: Date | null;
  @Field({ description: 'Whether a re-survey link was made for the case (after resolution)' }) resurveySent!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the customer answered the re-survey (the first answer counts)' }) resurveyAnsweredAt!: Date | null;
  @Field(() => Int, { nullable: true }) resurveyNps!: number | null;
  @Field(() => Int, { nullable: true }) resurveyCsat!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Detractor (or unhappy CSAT) who answered the re-survey as passive or promoter (satisfied); null while unanswered or when the case does not count' })
  recovered!: boolean | null;
}
