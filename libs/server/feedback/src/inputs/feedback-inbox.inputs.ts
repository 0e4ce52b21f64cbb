import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Score bands as DESIGN §3 defines them: NPS 0–6 / 7–8 / 9–10; CSAT 1–3 / 4–5 (top-2-box); CES 1–4 / 5–7. */
export enum ScoreBand {
  NPS_DETRACTOR = 'NPS_DETRACTOR',
  NPS_PASSIVE = 'NPS_PASSIVE',
  NPS_PROMOTER = 'NPS_PROMOTER',
  CSAT_LOW = 'CSAT_LOW',
  CSAT_HIGH = 'CSAT_HIGH',
  CES_LOW = 'CES_LOW',
  CES_HIGH = 'CES_HIGH',
}
registerEnumType(ScoreBand, { name: 'ScoreBand', description: 'NPS detractor 0–6, passive 7–8, promoter 9–10; CSAT low 1–3, high 4–5; CES low 1–4, high 5–7' });

/** Sentiment bands of a comment's −1…+1 score: negative below −0.2, positive above +0.2, neutral between. */
export enum SentimentBand {
  NEGATIVE = 'NEGATIVE',
  NEUTRAL = 'NEUTRAL',
  POSITIVE = 'POSITIVE',
}
registerEnumType(SentimentBand, { name: 'SentimentBand' });

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

@InputType('OpenPainPointFromFeedbackInput')
export class OpenPainPointFromFeedbackInput {
  @Field(() => ID) @IsUUID() responseId!: string;
  @Field({ nullable: true, description: 'Defaults to the start of the comment' }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field(() => Int, { nullable: true, defaultValue: 3 }) @IsOptional() @IsInt({ message: 'must be an integer from 1 to 5' }) @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity?: number;
}
