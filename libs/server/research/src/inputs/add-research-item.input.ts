import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RESEARCH_ITEM_KINDS, RESEARCH_LIMITS as L } from '@opencx/domain';
import { UUID, oneOf, atMost } from './validation';

@InputType('AddResearchItemInput')
export class AddResearchItemInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) touchpointId?: string;
  @Field({ description: 'interview_note | quote | observation | survey_extract | analytics_figure | file' }) @IsIn(RESEARCH_ITEM_KINDS, oneOf(RESEARCH_ITEM_KINDS)) kind!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(L.title, atMost(L.title)) title?: string;
  @Field({ nullable: true, description: 'Plain text' }) @IsOptional() @IsString() @MaxLength(L.body, atMost(L.body)) body?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(L.source, atMost(L.source)) source?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) personaId?: string;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() consent?: boolean;
}
