import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ScoreBand } from './score-band.enum';
import { SentimentBand } from './sentiment-band.enum';

@InputType('FeedbackFilterInput', { description: 'All given criteria must hold (AND).' })
export class FeedbackFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() journeyId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stageId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() touchpointId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() siteId?: string;
  @Field(() => ScoreBand, { nullable: true }) @IsOptional() @IsEnum(ScoreBand) scoreBand?: ScoreBand;
  @Field(() => SentimentBand, { nullable: true }) @IsOptional() @IsEnum(SentimentBand) sentiment?: SentimentBand;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(80) tag?: string;
  @Field({ nullable: true, description: 'ISO 8601; responses that occurred at or after it' }) @IsOptional() @IsISO8601() from?: string;
  @Field({ nullable: true, description: 'ISO 8601; responses that occurred before it' }) @IsOptional() @IsISO8601() to?: string;
  @Field({ nullable: true, description: 'Words the comment contains (case-insensitive)' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}
