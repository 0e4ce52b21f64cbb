import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CUSTOM_LANE_KEY, LANE_IMAGE_MAX_LENGTH, LANE_ITEMS_MAX } from '@opencx/domain';
import { UUID } from './validation';

@InputType('SetTouchpointLaneItemsInput')
export class SetTouchpointLaneItemsInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field({ description: "Key of one of the journey's custom lanes" }) @Matches(CUSTOM_LANE_KEY, { message: 'must be a lane key' }) laneKey!: string;
  @Field(() => [String], { description: "The touchpoint's entries in that lane, in order; replaces them (empty clears). Text lines in a text lane (500 characters each); PNG, JPEG or WebP pictures as base64 data: URLs in an image lane (at most 4)" })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(LANE_ITEMS_MAX, { message: `must have at most ${LANE_ITEMS_MAX} items` })
  @IsString({ each: true })
  // The upper bound of any lane kind (a picture); the lane's own kind is checked by the service.
  @MaxLength(LANE_IMAGE_MAX_LENGTH, { each: true, message: `items must be at most ${LANE_IMAGE_MAX_LENGTH} characters` })
  items!: string[];
}
