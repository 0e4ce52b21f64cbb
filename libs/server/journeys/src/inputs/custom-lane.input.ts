import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CUSTOM_LANE_KEY, CUSTOM_LANE_KINDS, CUSTOM_LANE_NAME_MAX_LENGTH } from '@opencx/domain';
import { oneOf } from './validation';

const NAME_LENGTH = { message: `must be 1 to ${CUSTOM_LANE_NAME_MAX_LENGTH} characters` };

@InputType('CustomLaneInput')
export class CustomLaneInput {
  @Field(() => String, { nullable: true, description: 'Stable key of an existing lane; omit for a new lane (the server assigns one)' })
  @IsOptional()
  @Matches(CUSTOM_LANE_KEY, { message: 'must be 1–40 lower-case letters, digits, "-" or "_"' })
  key?: string | null;
  @Field({ description: 'Name shown in the Chinese UI' }) @IsString() @MinLength(1, NAME_LENGTH) @MaxLength(CUSTOM_LANE_NAME_MAX_LENGTH, NAME_LENGTH) nameZh!: string;
  @Field({ description: 'Name shown in the English UI' }) @IsString() @MinLength(1, NAME_LENGTH) @MaxLength(CUSTOM_LANE_NAME_MAX_LENGTH, NAME_LENGTH) nameEn!: string;
  @Field({ description: `What the lane holds: ${CUSTOM_LANE_KINDS.join(' | ')}` }) @IsIn([...CUSTOM_LANE_KINDS], oneOf(CUSTOM_LANE_KINDS)) kind!: string;
}
