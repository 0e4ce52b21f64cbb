import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { JOURNEY_SHAPES, JOURNEY_STATES } from '@opencx/domain';
import { NAME, oneOf } from './validation';

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
