import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ACTION_STATUSES, type ActionStatus } from '@opencx/domain';
import { IsIn, IsISO8601, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ActionStatusEnum } from '../models';

@InputType('MoveImprovementActionInput')
export class MoveImprovementActionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => ActionStatusEnum) @IsIn(ACTION_STATUSES) status!: ActionStatus;
  @Field({ nullable: true, description: 'Required to drop an action' }) @IsOptional() @IsString() @MaxLength(2000, { message: 'must be at most 2000 characters' }) reason?: string;
  @Field({ nullable: true, description: 'When the step really happened, ISO 8601 with offset (default now; never in the future)' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' }) @MaxLength(40, { message: 'must be an ISO 8601 date-time' }) effectiveAt?: string;
}
