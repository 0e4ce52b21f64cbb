import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { GraphQLJSON } from '@opencx/server-core';
import { MAP_VIEW_NAME_MAX_LENGTH } from '@opencx/domain';
import { UUID } from './validation';

@InputType('SaveJourneyViewInput')
export class SaveJourneyViewInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field({ description: 'Saving under a name you already use replaces that view' })
  @IsString()
  @Length(1, MAP_VIEW_NAME_MAX_LENGTH, { message: `must be 1 to ${MAP_VIEW_NAME_MAX_LENGTH} characters` })
  name!: string;
  @Field(() => GraphQLJSON, { description: '{ zoom, density, lanes: { lane: open | collapsed | hidden }, filter: { kind, channels?, teamId? } }' })
  @IsObject({ message: 'must be an object' })
  settings!: Record<string, unknown>;
  @Field({ nullable: true, description: 'Anyone in the workspace can open a shared view' }) @IsOptional() @IsBoolean() shared?: boolean;
}
