import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CUSTOM_LANE_KEY, LANE_ITEM_MAX_LENGTH, LANE_ITEMS_MAX } from '@opencx/domain';
import { UUID } from './validation';

@InputType('SetTouchpointLaneItemsInput')
export class SetTouchpointLaneItemsInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field({ description: "Key of one of the journey's custom lanes" }) @Matches(CUSTOM_LANE_KEY, { message: 'must be a lane key' }) laneKey!: string;
  @Field(() => [String], { description: "The touchpoint's entries in that lane, in order; replaces them (empty clears)" })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(LANE_ITEMS_MAX, { message: `must have at most ${LANE_ITEMS_MAX} items` })
  @IsString({ each: true })
  @MaxLength(LANE_ITEM_MAX_LENGTH, { each: true, message: `items must be at most ${LANE_ITEM_MAX_LENGTH} characters` })
  items!: string[];
}
