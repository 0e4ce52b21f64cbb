import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { ROLES } from '@opencx/domain';
import { ROLE_MESSAGE } from './validation';

@InputType('UpdateMemberRoleInput')
export class UpdateMemberRoleInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) userId!: string;
  @Field() @IsIn([...ROLES], ROLE_MESSAGE) role!: string;
}
