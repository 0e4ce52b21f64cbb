import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';

export enum FollowUpCaseStatus {
  OPEN = 'open',
  CONTACTED = 'contacted',
  RESOLVED = 'resolved',
  CLOSED = 'closed',
}
registerEnumType(FollowUpCaseStatus, { name: 'FollowUpCaseStatus', description: 'open → contacted → resolved | closed (open → closed when nobody could be reached)' });

export enum SlaBasisEnum {
  ELAPSED = 'elapsed',
  BUSINESS = 'business',
}
registerEnumType(SlaBasisEnum, { name: 'SlaBasis', description: 'ELAPSED counts every minute (24 × 7); BUSINESS counts working minutes of the workspace calendar' });

export enum CaseNoteKindEnum {
  NOTE = 'note',
  CONTACT_ATTEMPT = 'contact_attempt',
  SYSTEM = 'system',
}
registerEnumType(CaseNoteKindEnum, { name: 'CaseNoteKind' });

@ObjectType('CaseNote')
export class CaseNoteModel {
  @Field(() => ID) id!: string;
  @Field(() => CaseNoteKindEnum) kind!: CaseNoteKindEnum;
  @Field({ description: 'Plain text, never HTML' }) body!: string;
  @Field(() => String, { nullable: true }) channel!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'For a contact attempt: whether the customer was reached' }) reached!: boolean | null;
  @Field(() => ID, { nullable: true }) authorUserId!: string | null;
  @Field() createdAt!: Date;
}

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
}

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

@ObjectType('RootCauseCode')
export class RootCauseCodeModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() label!: string;
  @Field() archived!: boolean;
}

@ObjectType('WorkingHours')
export class WorkingHoursModel {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field(() => Int, { description: 'Minutes from local midnight' }) startMinute!: number;
  @Field(() => Int) endMinute!: number;
}

@ObjectType('CalendarYear')
export class CalendarYearModel {
  @Field(() => Int) year!: number;
  @Field(() => [String], { description: 'YYYY-MM-DD days off' }) holidays!: string[];
  @Field(() => [String], { description: 'YYYY-MM-DD make-up working days (调休)' }) workdays!: string[];
}

@ObjectType('BusinessCalendar')
export class BusinessCalendarModel {
  @Field() timeZone!: string;
  @Field(() => [WorkingHoursModel]) workingHours!: WorkingHoursModel[];
  @Field(() => [CalendarYearModel], { description: 'The requested years (default: last, this and next year)' }) years!: CalendarYearModel[];
}

@ObjectType('CaseRate')
export class CaseRateModel {
  @Field(() => Float, { description: '%' }) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Int) n!: number;
  @Field() lowSample!: boolean;
}

@ObjectType('FollowUpLoopMetrics')
export class FollowUpLoopMetricsModel {
  @Field(() => String, { nullable: true, description: 'Team id, site id or rule key (null: all, or none)' }) key!: string | null;
  @Field(() => Int) n!: number;
  @Field(() => Int) contacted!: number;
  @Field(() => Float, { nullable: true }) meanMinutesToFirstContact!: number | null;
  @Field(() => CaseRateModel, { nullable: true }) slaBreachRate!: CaseRateModel | null;
  @Field(() => CaseRateModel, { nullable: true }) resolvedShare!: CaseRateModel | null;
}
