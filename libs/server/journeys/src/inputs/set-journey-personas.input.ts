import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { JOURNEY_PERSONAS_MAX } from '@opencx/domain';
import { UUID } from './validation';

@InputType('SetJourneyPersonasInput')
export class SetJourneyPersonasInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field(() => [ID], { description: "Further personas the map can be viewed by, in switcher order; replaces the list (a persona left out takes its emotions with it). The primary persona is the journey's own" })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(JOURNEY_PERSONAS_MAX, { message: `a journey has at most ${JOURNEY_PERSONAS_MAX} further personas` })
  @ArrayUnique({ message: 'must not list a persona twice' })
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  personaIds!: string[];
}
