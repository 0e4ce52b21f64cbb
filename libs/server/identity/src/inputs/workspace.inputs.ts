import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LOCALES, ROLES } from '@opencx/domain';
import { API_TOKEN_SCOPES } from '@opencx/server-core';

const ROLE_MESSAGE = { message: `must be one of ${ROLES.join(', ')}` };

@InputType('CreateWorkspaceInput')
export class CreateWorkspaceInput {
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name!: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/, { message: 'must be 3 to 48 lowercase letters, digits or dashes' })
  slug?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(', ')}` }) locale?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
}

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email!: string;
  @Field() @IsIn([...ROLES], ROLE_MESSAGE) role!: string;
}

@InputType('UpdateMemberRoleInput')
export class UpdateMemberRoleInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) userId!: string;
  @Field() @IsIn([...ROLES], ROLE_MESSAGE) role!: string;
}

@InputType('CreateTeamInput')
export class CreateTeamInput {
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) description?: string;
}

@InputType('AddTeamMemberInput')
export class AddTeamMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) teamId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) userId!: string;
}

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn([...API_TOKEN_SCOPES], { each: true, message: `must be among ${API_TOKEN_SCOPES.join(', ')}` })
  scopes!: string[];
}
