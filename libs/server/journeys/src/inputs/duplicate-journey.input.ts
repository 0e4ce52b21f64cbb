import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { JOURNEY_STATES } from '@opencx/domain';
import { NAME, oneOf } from './validation';

@InputType('DuplicateJourneyInput')
export class DuplicateJourneyInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true, description: 'e.g. duplicate a current-state map into a future-state one' })
  @IsOptional()
  @IsIn([...JOURNEY_STATES], oneOf(JOURNEY_STATES))
  state?: string;
}
