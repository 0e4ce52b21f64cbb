import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { ROLES } from '@opencx/domain';
import { ROLE_MESSAGE } from './validation';

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email!: string;
  @Field() @IsIn([...ROLES], ROLE_MESSAGE) role!: string;
}
