import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { isUUID, ValidateBy, ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from '@opencx/server-core';
import { CaseNoteKindEnum, FollowUpCaseStatus, SlaBasisEnum } from '../models/case.models';

/** A list of UUIDs, reported as the list's field (not `caseIds[0]`), so a bad id names the argument a client sent. */
const IsUuidList = () =>
  ValidateBy({ name: 'isUuidList', validator: { validate: (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && isUUID(x)), defaultMessage: () => 'must list UUIDs' } });

export enum CaseScopeEnum {
  MINE = 'mine',
  TEAM = 'team',
  ALL = 'all',
}
registerEnumType(CaseScopeEnum, { name: 'CaseScope', description: 'MINE: assigned to me; TEAM: assigned to a team I belong to; ALL' });

export enum CaseMetricsGroupEnum {
  ALL = 'all',
  TEAM = 'team',
  SITE = 'site',
  RULE = 'rule',
}
registerEnumType(CaseMetricsGroupEnum, { name: 'CaseMetricsGroup' });

@InputType('FollowUpCaseFilterInput')
export class FollowUpCaseFilterInput {
  @Field(() => CaseScopeEnum, { nullable: true }) @IsOptional() @IsEnum(CaseScopeEnum) scope?: CaseScopeEnum;
  @Field(() => [FollowUpCaseStatus], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @IsEnum(FollowUpCaseStatus, { each: true }) statuses?: FollowUpCaseStatus[];
  @Field({ nullable: true, description: 'Only open or contacted cases past their due time' }) @IsOptional() @IsBoolean() overdue?: boolean;
}

@InputType('UpdateFollowUpCaseInput')
export class UpdateFollowUpCaseInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => FollowUpCaseStatus, { nullable: true }) @IsOptional() @IsEnum(FollowUpCaseStatus) status?: FollowUpCaseStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) outcome?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required to resolve' }) @IsOptional() @IsUUID() rootCauseCodeId?: string | null;
}

@InputType('AddCaseNoteInput')
export class AddCaseNoteInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => CaseNoteKindEnum, { nullable: true, description: 'NOTE (default) or CONTACT_ATTEMPT' }) @IsOptional() @IsEnum(CaseNoteKindEnum) kind?: CaseNoteKindEnum;
  @Field() @IsString() @MaxLength(4000) body!: string;
  @Field(() => String, { nullable: true, description: 'phone, wechat, sms, email, visit…' }) @IsOptional() @IsString() @MaxLength(40) channel?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() reached?: boolean | null;
}

@InputType('AssignFollowUpCasesInput')
export class AssignFollowUpCasesInput {
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(200) @IsUuidList() caseIds!: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeTeamId?: string | null;
}

@InputType('FollowUpRuleInput')
export class FollowUpRuleInput {
  @Field() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: '{ metric, op: LT|LTE|…, value } in lower case ops, or { any } / { all }' }) @IsOptional() condition?: unknown;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) topics?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) keywords?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() journeyId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() touchpointId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(525600) slaMinutes?: number | null;
  @Field(() => SlaBasisEnum, { nullable: true }) @IsOptional() @IsEnum(SlaBasisEnum) slaBasis?: SlaBasisEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeTeamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() escalateToUserId?: string | null;
}

@InputType('UpdateFollowUpRuleInput')
export class UpdateFollowUpRuleInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() condition?: unknown;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) topics?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) keywords?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(525600) slaMinutes?: number | null;
  @Field(() => SlaBasisEnum, { nullable: true }) @IsOptional() @IsEnum(SlaBasisEnum) slaBasis?: SlaBasisEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeTeamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() escalateToUserId?: string | null;
}

@InputType('CreateRootCauseCodeInput')
export class CreateRootCauseCodeInput {
  @Field() @IsString() @Length(1, 60, { message: 'must be 1 to 60 characters' }) code!: string;
  @Field() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) label!: string;
}

@InputType('WorkingHoursInput')
export class WorkingHoursInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(7) weekday!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) startMinute!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) endMinute!: number;
}

@InputType('CalendarYearInput')
export class CalendarYearInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(366) @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each day is YYYY-MM-DD' }) holidays!: string[];
  @Field(() => [String]) @IsArray() @ArrayMaxSize(366) @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each day is YYYY-MM-DD' }) workdays!: string[];
}

@InputType('UpdateBusinessCalendarInput')
export class UpdateBusinessCalendarInput {
  @Field({ nullable: true, description: 'IANA zone, e.g. Asia/Shanghai' }) @IsOptional() @IsString() @MaxLength(60) timeZone?: string;
  @Field(() => [WorkingHoursInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WorkingHoursInput) workingHours?: WorkingHoursInput[];
  @Field(() => [CalendarYearInput], { nullable: true, description: 'Replace these years' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CalendarYearInput) years?: CalendarYearInput[];
  @Field(() => [Int], { nullable: true, description: 'Reset these years to the default mainland-China calendar' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) resetYears?: number[];
}

@InputType('FollowUpLoopMetricsInput')
export class FollowUpLoopMetricsInput {
  @Field({ description: 'ISO 8601; cases opened at or after it' }) @IsISO8601() from!: string;
  @Field({ description: 'ISO 8601; cases opened before it' }) @IsISO8601() to!: string;
  @Field(() => CaseMetricsGroupEnum, { nullable: true }) @IsOptional() @IsEnum(CaseMetricsGroupEnum) groupBy?: CaseMetricsGroupEnum;
}
