import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ACTION_EFFORT, ACTION_PRIORITIES, ACTION_STATUSES, type ActionPriority, type ActionStatus } from '@opencx/domain';
import { ArrayMaxSize, IsIn, IsISO8601, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ActionPriorityEnum, ActionStatusEnum } from '../models/improvement-action.models';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType('CreateImprovementActionInput', { description: 'Exactly one of painPointId, opportunityId, touchpointId says where the action comes from' })
export class CreateImprovementActionInput {
  @Field() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000, { message: 'must be at most 4000 characters' }) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) painPointId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) opportunityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) touchpointId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) ownerUserId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) teamId?: string;
  @Field(() => ActionPriorityEnum, { nullable: true }) @IsOptional() @IsIn(ACTION_PRIORITIES) priority?: ActionPriority;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(ACTION_EFFORT.min, { message: 'must be 1 to 5' }) @Max(ACTION_EFFORT.max, { message: 'must be 1 to 5' }) effort?: number;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) dueDate?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) targetMetricId?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1e6) @Max(1e6) expectedChange?: number;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'must be ids' }) controlTouchpointIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 366' }) @Max(366, { message: 'must be 1 to 366' }) windowDays?: number;
}

@InputType('UpdateImprovementActionInput')
export class UpdateImprovementActionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id!: string;
  @Field(() => Int, { description: 'The version you read (optimistic concurrency)' }) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000, { message: 'must be at most 4000 characters' }) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) ownerUserId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) teamId?: string;
  @Field(() => ActionPriorityEnum, { nullable: true }) @IsOptional() @IsIn(ACTION_PRIORITIES) priority?: ActionPriority;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(ACTION_EFFORT.min, { message: 'must be 1 to 5' }) @Max(ACTION_EFFORT.max, { message: 'must be 1 to 5' }) effort?: number;
  @Field({ nullable: true }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) dueDate?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) targetMetricId?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1e6) @Max(1e6) expectedChange?: number;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'must be ids' }) controlTouchpointIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 366' }) @Max(366, { message: 'must be 1 to 366' }) windowDays?: number;
}

@InputType('MoveImprovementActionInput')
export class MoveImprovementActionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => ActionStatusEnum) @IsIn(ACTION_STATUSES) status!: ActionStatus;
  @Field({ nullable: true, description: 'Required to drop an action' }) @IsOptional() @IsString() @MaxLength(2000, { message: 'must be at most 2000 characters' }) reason?: string;
  @Field({ nullable: true, description: 'When the step really happened, ISO 8601 with offset (default now; never in the future)' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' }) @MaxLength(40, { message: 'must be an ISO 8601 date-time' }) effectiveAt?: string;
}

@InputType('AcceptPainPointSuggestionInput')
export class AcceptPainPointSuggestionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) journeyId!: string;
  @Field() @IsString() @Length(1, 400, { message: 'must be 1 to 400 characters' }) key!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) title?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 5' }) @Max(5, { message: 'must be 1 to 5' }) severity?: number;
  @Field(() => Int, { nullable: true, description: 'The window the suggestion was computed over (default 30 days)' }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 366' }) @Max(366, { message: 'must be 1 to 366' }) days?: number;
}

@InputType('DismissPainPointSuggestionInput')
export class DismissPainPointSuggestionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) journeyId!: string;
  @Field() @IsString() @Length(1, 400, { message: 'must be 1 to 400 characters' }) key!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 366' }) @Max(366, { message: 'must be 1 to 366' }) days?: number;
}

@InputType('AddActionCommentInput')
export class AddActionCommentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) actionId!: string;
  @Field() @IsString() @Length(1, 4000, { message: 'must be 1 to 4000 characters' }) body!: string;
}

@InputType('ImprovementActionFilterInput')
export class ImprovementActionFilterInput {
  @Field(() => [ActionStatusEnum], { nullable: true }) @IsOptional() @IsIn(ACTION_STATUSES, { each: true }) statuses?: ActionStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) ownerUserId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) journeyId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) painPointId?: string;
  @Field({ nullable: true, description: 'Due on or before this day (YYYY-MM-DD)' }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) dueBy?: string;
  @Field({ nullable: true, description: 'Only open actions past their due date' }) @IsOptional() overdue?: boolean;
}
