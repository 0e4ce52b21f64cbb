import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ACTION_EFFORT, ACTION_PRIORITIES, type ActionPriority } from '@opencx/domain';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ActionPriorityEnum } from '../models';
import { DAY } from './validation';

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
