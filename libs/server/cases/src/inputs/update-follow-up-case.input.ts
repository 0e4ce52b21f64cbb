import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FollowUpCaseStatus } from '../models';

@InputType('UpdateFollowUpCaseInput')
export class UpdateFollowUpCaseInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => FollowUpCaseStatus, { nullable: true }) @IsOptional() @IsEnum(FollowUpCaseStatus) status?: FollowUpCaseStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) outcome?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required to resolve' }) @IsOptional() @IsUUID() rootCauseCodeId?: string | null;
}
