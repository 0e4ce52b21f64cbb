import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from './role.enum';
import { InvitationStatusEnum } from './invitation-status.enum';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Where the link was sent; whoever holds the link may accept it once' }) email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => InvitationStatusEnum) status!: InvitationStatusEnum;
}
