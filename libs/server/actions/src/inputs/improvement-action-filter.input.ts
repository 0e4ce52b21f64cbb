import { Field, ID, InputType } from '@nestjs/graphql';
import { ACTION_STATUSES, type ActionStatus } from '@opencx/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ActionStatusEnum } from '../models';
import { DAY } from './validation';

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
