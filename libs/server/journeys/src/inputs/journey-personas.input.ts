import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
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

@InputType('SetTouchpointPersonaEmotionInput')
export class SetTouchpointPersonaEmotionInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field(() => ID, { description: "One of the journey's further personas" }) @IsUUID('all', UUID) personaId!: string;
  @Field(() => Int, { nullable: true, description: "−3 … +3; null clears it (the persona then feels the touchpoint's own emotion)" })
  @IsOptional()
  @IsInt({ message: 'must be an integer from -3 to 3' })
  @Min(-3, { message: 'must be an integer from -3 to 3' })
  @Max(3, { message: 'must be an integer from -3 to 3' })
  emotion?: number | null;
}
