import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from './role.enum';
import { InvitationStatusEnum } from './invitation-status.enum';

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field(() => ID) workspaceId!: string;
  @Field() workspaceName!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() invitedEmail!: string;
  @Field() expiresAt!: Date;
  @Field(() => InvitationStatusEnum) status!: InvitationStatusEnum;
  @Field({ description: 'The signed-in account is already a member of this workspace' }) alreadyMember!: boolean;
}
