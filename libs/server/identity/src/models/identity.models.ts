import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@opencx/domain';
import { GraphQLJSON } from '@opencx/server-core';

export enum RoleEnum {
  owner = 'owner',
  admin = 'admin',
  editor = 'editor',
  viewer = 'viewer',
}
registerEnumType(RoleEnum, { name: 'Role', description: `Workspace role, weakest first: ${ROLES.join(' < ')}` });

@ObjectType('Workspace')
export class WorkspaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field() locale!: string;
  @Field() timeZone!: string;
  @Field(() => RoleEnum, { description: "The caller's role in this workspace" }) role!: RoleEnum;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() locale!: string;
}

@ObjectType('Me')
export class MeModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => [WorkspaceModel]) workspaces!: WorkspaceModel[];
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field(() => UserModel) user!: UserModel;
  @Field({ description: 'Session token for `Authorization: Bearer`; the console uses the httpOnly cookie instead' }) token!: string;
}

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID) userId!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() joinedAt!: Date;
}

export enum InvitationStatusEnum {
  pending = 'pending',
  expired = 'expired',
  revoked = 'revoked',
  accepted = 'accepted',
}
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Where the link was sent; whoever holds the link may accept it once' }) email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => InvitationStatusEnum) status!: InvitationStatusEnum;
}

@ObjectType('InviteMemberResult')
export class InviteMemberResultModel {
  @Field(() => InvitationModel, { description: 'Always a pending invitation: inviting never adds anyone, nor says whether the email has an account' })
  invitation!: InvitationModel;
  @Field({ description: '`<workspaceId>.<secret>`, shown this once (only its hash is stored); accept with acceptInvitation' }) token!: string;
  @Field({ description: 'The link to share: OPENCX_PUBLIC_URL/invite/<token>' }) link!: string;
  @Field({ description: 'True when the link was handed to the SMTP server (OPENCX_SMTP_URL); otherwise share it yourself' }) emailed!: boolean;
}

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

export enum SecurityEventKindEnum {
  sign_up = 'sign_up',
  sign_up_existing_email = 'sign_up_existing_email',
  login_succeeded = 'login_succeeded',
  login_failed = 'login_failed',
  login_rate_limited = 'login_rate_limited',
  logout = 'logout',
  session_revoked = 'session_revoked',
  invitation_accepted = 'invitation_accepted',
  api_token_new_ip = 'api_token_new_ip',
  role_changed = 'role_changed',
}
registerEnumType(SecurityEventKindEnum, { name: 'SecurityEventKind' });

@ObjectType('SecurityEvent')
export class SecurityEventModel {
  @Field(() => ID) id!: string;
  @Field(() => SecurityEventKindEnum) kind!: SecurityEventKindEnum;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true, description: 'The account concerned (null: a failed login for an unknown email, or an API token)' }) userId!: string | null;
  @Field(() => String, { nullable: true }) userEmail!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => GraphQLJSON, { description: 'Kind-specific facts, e.g. workspaceId, from/to roles, tokenId, invitationId' }) detail!: Record<string, unknown>;
}

@ObjectType('SecurityEventPage')
export class SecurityEventPageModel {
  @Field(() => [SecurityEventModel]) events!: SecurityEventModel[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [ID]) memberIds!: string[];
}

@ObjectType('ApiToken')
export class ApiTokenModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'First characters of the secret, to recognise it' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field(() => ApiTokenModel) apiToken!: ApiTokenModel;
  @Field({ description: 'The secret, shown this once; only its hash is stored' }) secret!: string;
}
