import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { CUSTOM_LANES_MAX } from '@opencx/domain';
import { UUID } from './validation';
import { CustomLaneInput } from './custom-lane.input';

@InputType('SetJourneyLanesInput')
export class SetJourneyLanesInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field(() => [CustomLaneInput], { description: "The journey's custom lanes in map order; replaces the list (a lane left out is removed with its entries)" })
  @IsArray()
  @ArrayMaxSize(CUSTOM_LANES_MAX, { message: `a journey has at most ${CUSTOM_LANES_MAX} custom lanes` })
  @ValidateNested({ each: true })
  @Type(() => CustomLaneInput)
  lanes!: CustomLaneInput[];
}
