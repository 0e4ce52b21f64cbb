import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@opencx/domain';
import { HttpContext, Roles, WorkspaceCtx, type OpenCxRequest } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { MemberService, type Member } from '../services/member.service';
import { InvitationService } from '../services/invitation.service';
import { InviteMemberInput, UpdateMemberRoleInput } from '../inputs';
import { InvitationModel, InviteMemberResultModel, MemberModel, type RoleEnum } from '../models';
import { clientOf } from '../auth/client-info';
import { toInvitationModel } from './invitation.mapper';

const member = (m: Member): MemberModel => ({ ...m, role: m.role as RoleEnum });

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(
    private readonly members: MemberService,
    private readonly invitationService: InvitationService,
  ) {}

  @Roles('viewer')
  @Query(() => [MemberModel], { name: 'members' })
  async listMembers(@WorkspaceCtx() ctx: WorkspaceContext): Promise<MemberModel[]> {
    return (await this.members.list(ctx)).map(member);
  }

  @Roles('admin')
  @Query(() => [InvitationModel], { description: 'Invitations neither accepted nor revoked, expired ones included (admins).' })
  async invitations(@WorkspaceCtx() ctx: WorkspaceContext): Promise<InvitationModel[]> {
    return (await this.invitationService.list(ctx)).map(toInvitationModel);
  }

  @Roles('admin')
  @Mutation(() => InviteMemberResultModel, {
    description: 'Issue a one-time invitation link (emailed when SMTP is configured). Nobody joins until a signed-in account accepts it.',
  })
  async inviteMember(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: InviteMemberInput): Promise<InviteMemberResultModel> {
    const issued = await this.invitationService.invite(ctx, input.email, input.role as Role);
    return { invitation: toInvitationModel(issued.invitation), token: issued.token, link: issued.link, emailed: issued.emailed };
  }

  @Roles('admin')
  @Mutation(() => InvitationModel, { description: 'Withdraw an invitation; its link stops working.' })
  async revokeInvitation(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<InvitationModel> {
    return toInvitationModel(await this.invitationService.revoke(ctx, id));
  }

  @Roles('admin')
  @Mutation(() => MemberModel)
  async updateMemberRole(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('input') input: UpdateMemberRoleInput,
    @HttpContext() http: { req: OpenCxRequest },
  ): Promise<MemberModel> {
    return member(await this.members.updateRole(ctx, input.userId, input.role as Role, clientOf(http.req)));
  }

  @Roles('admin')
  @Mutation(() => MemberModel)
  async removeMember(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('userId', { type: () => ID }) userId: string,
    @HttpContext() http: { req: OpenCxRequest },
  ): Promise<MemberModel> {
    return member(await this.members.remove(ctx, userId, clientOf(http.req)));
  }
}
