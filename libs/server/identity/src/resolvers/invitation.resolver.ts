import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, HttpContext, type AuthUser, type OpenCxRequest } from '@opencx/server-core';
import { InvitationService } from '../services/invitation.service';
import { WorkspaceService } from '../services/workspace.service';
import { InvitationPreviewModel, WorkspaceModel, type InvitationStatusEnum, type RoleEnum } from '../models';
import { clientOf } from '../auth/client-info';

/** The invitee's side: see what a link offers, and accept it while signed in. */
@Resolver(() => InvitationPreviewModel)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly workspaces: WorkspaceService,
  ) {}

  @Authenticated()
  @Query(() => InvitationPreviewModel, { description: 'The workspace and role an invitation link offers (signed-in holders of the link).' })
  async invitationPreview(@CurrentUser() user: AuthUser, @Args('token') token: string): Promise<InvitationPreviewModel> {
    const preview = await this.invitations.preview(user, token);
    return { ...preview, role: preview.role as RoleEnum, status: preview.status as InvitationStatusEnum };
  }

  @Authenticated()
  @Mutation(() => WorkspaceModel, { description: 'Join the workspace of an invitation link; works once, before it expires or is revoked.' })
  async acceptInvitation(@CurrentUser() user: AuthUser, @Args('token') token: string, @HttpContext() http: { req: OpenCxRequest }): Promise<WorkspaceModel> {
    const { workspaceId } = await this.invitations.accept(user, token, clientOf(http.req));
    const joined = (await this.workspaces.listForUser(user.id)).find((w) => w.id === workspaceId);
    if (!joined) throw new Error('accepted invitation left no membership');
    return { ...joined, role: joined.role as RoleEnum };
  }
}
