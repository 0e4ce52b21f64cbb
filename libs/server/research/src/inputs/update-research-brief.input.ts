import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { RESEARCH_LIMITS as L } from '@opencx/domain';
import { UUID, atMost, TextList } from './validation';

@InputType('UpdateResearchBriefInput')
export class UpdateResearchBriefInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field(() => Int, { description: 'The version read (0 before the first edit)' }) @IsInt() @Min(0) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(L.goal, atMost(L.goal)) goal?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(L.scope, atMost(L.scope)) scope?: string;
  @Field(() => [String], { nullable: true }) @TextList() hypotheses?: string[];
  @Field(() => [String], { nullable: true }) @TextList() researchQuestions?: string[];
}
