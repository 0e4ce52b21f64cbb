import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { CHANNELS, JOURNEY_SHAPES, JOURNEY_STATES, JOURNEY_STATUSES } from '@opencx/domain';

const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
const NAME = { message: 'must be 1 to 200 characters' };

@InputType('CreateJourneyInput')
export class CreateJourneyInput {
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) personaId?: string;
  @Field({ nullable: true, defaultValue: 'current' }) @IsOptional() @IsIn([...JOURNEY_STATES], oneOf(JOURNEY_STATES)) state?: string;
  @Field({ nullable: true, defaultValue: 'linear' }) @IsOptional() @IsIn([...JOURNEY_SHAPES], oneOf(JOURNEY_SHAPES)) shape?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) ownerTeamId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(366) reviewCadenceDays?: number;
}

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

@InputType('DuplicateJourneyInput')
export class DuplicateJourneyInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true, description: 'e.g. duplicate a current-state map into a future-state one' })
  @IsOptional()
  @IsIn([...JOURNEY_STATES], oneOf(JOURNEY_STATES))
  state?: string;
}

@InputType('JourneyFilterInput')
export class JourneyFilterInput {
  @Field({ nullable: true }) @IsOptional() @IsIn([...JOURNEY_STATUSES], oneOf(JOURNEY_STATUSES)) status?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...JOURNEY_STATES], oneOf(JOURNEY_STATES)) state?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) personaId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) ownerTeamId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

/** A view over one map: keep only the touchpoints that match (by channel, team, device, region). */
@InputType('TouchpointFilterInput')
export class TouchpointFilterInput {
  @Field(() => [String], { nullable: true }) @IsOptional() @IsIn([...CHANNELS], { each: true, ...oneOf(CHANNELS) }) channels?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) ownerTeamId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) device?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @Field({ nullable: true }) @IsOptional() momentsOfTruthOnly?: boolean;
}
