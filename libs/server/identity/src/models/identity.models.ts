import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@opencx/domain';

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

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() createdAt!: Date;
}

@ObjectType('InviteMemberResult')
export class InviteMemberResultModel {
  @Field(() => MemberModel, { nullable: true, description: 'Set when the email already had an account: they are a member now' })
  member!: MemberModel | null;
  @Field(() => InvitationModel, { nullable: true, description: 'Set when the email has no account yet: it joins on sign-up' })
  invitation!: InvitationModel | null;
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
