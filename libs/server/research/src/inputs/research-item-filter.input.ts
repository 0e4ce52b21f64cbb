import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RESEARCH_ITEM_KINDS } from '@opencx/domain';
import { UUID, oneOf, atMost } from './validation';

@InputType('ResearchItemFilterInput')
export class ResearchItemFilterInput {
  @Field({ nullable: true, description: 'Words to find (Chinese is segmented like comments)' }) @IsOptional() @IsString() @MaxLength(200, atMost(200)) search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) touchpointId?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(RESEARCH_ITEM_KINDS, oneOf(RESEARCH_ITEM_KINDS)) kind?: string;
  @Field(() => ID, { nullable: true, description: "Only this persona's evidence (quotes, photos…)" }) @IsOptional() @IsUUID('all', UUID) personaId?: string;
  @Field(() => ID, { nullable: true, description: 'Only items this pain point cites' }) @IsOptional() @IsUUID('all', UUID) citedByPainPointId?: string;
}
