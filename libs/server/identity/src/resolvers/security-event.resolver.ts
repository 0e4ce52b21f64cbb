import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Roles, WorkspaceCtx, type AuthUser } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { SecurityEventService, type SecurityEventPage } from '../services/security-event.service';
import { SecurityEventPageModel, type SecurityEventKindEnum } from '../models';

const clamp = (first: number) => Math.min(Math.max(first, 1), 200);
const toModel = (p: SecurityEventPage): SecurityEventPageModel => ({ ...p, events: p.events.map((e) => ({ ...e, kind: e.kind as SecurityEventKindEnum })) });

@Resolver(() => SecurityEventPageModel)
export class SecurityEventResolver {
  constructor(private readonly events: SecurityEventService) {}

  @Roles('admin')
  @Query(() => SecurityEventPageModel, { description: "Security events of this workspace's members and about this workspace, newest first (admins)." })
  async securityEvents(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<SecurityEventPageModel> {
    return toModel(await this.events.listForWorkspace(ctx, clamp(first), after));
  }

  @Authenticated()
  @Query(() => SecurityEventPageModel, { description: 'Every security event, newest first; instance operators (OPENCX_ADMIN_EMAILS) only.' })
  async instanceSecurityEvents(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
  ): Promise<SecurityEventPageModel> {
    return toModel(await this.events.listForInstance(user, clamp(first), after, userId));
  }
}
