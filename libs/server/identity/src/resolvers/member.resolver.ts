import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@opencx/domain';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { MemberService, type Member } from '../services/member.service';
import { InviteMemberInput, UpdateMemberRoleInput } from '../inputs/workspace.inputs';
import { InvitationModel, InviteMemberResultModel, MemberModel, type RoleEnum } from '../models/identity.models';
import type { InvitationEntity } from '../entities';

const member = (m: Member): MemberModel => ({ ...m, role: m.role as RoleEnum });
const invitation = (i: InvitationEntity): InvitationModel => ({ id: i.id, email: i.email, role: i.role as RoleEnum, createdAt: i.createdAt });

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(private readonly members: MemberService) {}

  @Roles('viewer')
  @Query(() => [MemberModel], { name: 'members' })
  async listMembers(@WorkspaceCtx() ctx: WorkspaceContext): Promise<MemberModel[]> {
    return (await this.members.list(ctx)).map(member);
  }

  @Roles('admin')
  @Query(() => [InvitationModel], { description: 'Invitations not yet accepted (admins).' })
  async invitations(@WorkspaceCtx() ctx: WorkspaceContext): Promise<InvitationModel[]> {
    return (await this.members.listInvitations(ctx)).map(invitation);
  }

  @Roles('admin')
  @Mutation(() => InviteMemberResultModel)
  async inviteMember(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: InviteMemberInput): Promise<InviteMemberResultModel> {
    const result = await this.members.invite(ctx, input.email, input.role as Role);
    return { member: result.member && member(result.member), invitation: result.invitation && invitation(result.invitation) };
  }

  @Roles('admin')
  @Mutation(() => MemberModel)
  async updateMemberRole(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateMemberRoleInput): Promise<MemberModel> {
    return member(await this.members.updateRole(ctx, input.userId, input.role as Role));
  }

  @Roles('admin')
  @Mutation(() => MemberModel)
  async removeMember(@WorkspaceCtx() ctx: WorkspaceContext, @Args('userId', { type: () => ID }) userId: string): Promise<MemberModel> {
    return member(await this.members.remove(ctx, userId));
  }
}
