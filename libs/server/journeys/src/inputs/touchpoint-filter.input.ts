import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CHANNELS } from '@opencx/domain';
import { oneOf } from './validation';

/** A view over one map: keep only the touchpoints that match (by channel, team, device, region). */
@InputType('TouchpointFilterInput')
export class TouchpointFilterInput {
  @Field(() => [String], { nullable: true }) @IsOptional() @IsIn([...CHANNELS], { each: true, ...oneOf(CHANNELS) }) channels?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) ownerTeamId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) device?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @Field({ nullable: true }) @IsOptional() momentsOfTruthOnly?: boolean;
}
