import { Field, ObjectType } from '@nestjs/graphql';
import { InvitationModel } from './invitation.model';

@ObjectType('InviteMemberResult')
export class InviteMemberResultModel {
  @Field(() => InvitationModel, { description: 'Always a pending invitation: inviting never adds anyone, nor says whether the email has an account' })
  invitation!: InvitationModel;
  @Field({ description: '`<workspaceId>.<secret>`, shown this once (only its hash is stored); accept with acceptInvitation' }) token!: string;
  @Field({ description: 'The link to share: OPENCX_PUBLIC_URL/invite/<token>' }) link!: string;
  @Field({ description: 'True when the link was handed to the SMTP server (OPENCX_SMTP_URL); otherwise share it yourself' }) emailed!: boolean;
}
