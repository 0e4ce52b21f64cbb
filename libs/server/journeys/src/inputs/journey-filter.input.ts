import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { JOURNEY_STATES, JOURNEY_STATUSES } from '@opencx/domain';
import { oneOf } from './validation';

@InputType('JourneyFilterInput')
export class JourneyFilterInput {
  @Field({ nullable: true }) @IsOptional() @IsIn([...JOURNEY_STATUSES], oneOf(JOURNEY_STATUSES)) status?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...JOURNEY_STATES], oneOf(JOURNEY_STATES)) state?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) personaId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) ownerTeamId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}
