import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSON } from '@opencx/server-core';
import { SlaBasisEnum } from '../models';

@InputType('UpdateFollowUpRuleInput')
export class UpdateFollowUpRuleInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() condition?: unknown;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) topics?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) keywords?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(525600) slaMinutes?: number | null;
  @Field(() => SlaBasisEnum, { nullable: true }) @IsOptional() @IsEnum(SlaBasisEnum) slaBasis?: SlaBasisEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeTeamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() escalateToUserId?: string | null;
}
