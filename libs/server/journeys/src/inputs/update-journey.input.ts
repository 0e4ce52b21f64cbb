import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { JOURNEY_SHAPES, JOURNEY_STATES } from '@opencx/domain';
import { NAME, oneOf } from './validation';

@InputType('UpdateJourneyInput')
export class UpdateJourneyInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) id!: string;
  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT' }) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) personaId?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...JOURNEY_STATES], oneOf(JOURNEY_STATES)) state?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...JOURNEY_SHAPES], oneOf(JOURNEY_SHAPES)) shape?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(['draft', 'published'], { message: 'must be draft or published (use archiveJourney to archive)' }) status?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) ownerTeamId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(366) reviewCadenceDays?: number;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' }) nextReviewAt?: string;
}
