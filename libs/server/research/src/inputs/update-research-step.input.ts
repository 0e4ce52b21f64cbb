import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { RESEARCH_LIMITS as L, RESEARCH_STEP_KEYS, RESEARCH_STEP_STATUSES } from '@opencx/domain';
import { UUID, oneOf, atMost } from './validation';

@InputType('UpdateResearchStepInput')
export class UpdateResearchStepInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field({ description: 'goal_scope | personas | gather_data | draw | analyse | improve | iterate' }) @IsIn(RESEARCH_STEP_KEYS, oneOf(RESEARCH_STEP_KEYS)) step!: string;
  @Field({ nullable: true, description: 'todo | in_progress | done' }) @IsOptional() @IsIn(RESEARCH_STEP_STATUSES, oneOf(RESEARCH_STEP_STATUSES)) status?: string;
  @Field(() => ID, { nullable: true, description: 'A member of the workspace; null clears the owner' }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsUUID('all', UUID) ownerUserId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(L.notes, atMost(L.notes)) notes?: string;
}
