import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CaseNoteKindEnum } from '../models';

@InputType('AddCaseNoteInput')
export class AddCaseNoteInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => CaseNoteKindEnum, { nullable: true, description: 'NOTE (default) or CONTACT_ATTEMPT' }) @IsOptional() @IsEnum(CaseNoteKindEnum) kind?: CaseNoteKindEnum;
  @Field() @IsString() @MaxLength(4000) body!: string;
  @Field(() => String, { nullable: true, description: 'phone, wechat, sms, email, visit…' }) @IsOptional() @IsString() @MaxLength(40) channel?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() reached?: boolean | null;
}
