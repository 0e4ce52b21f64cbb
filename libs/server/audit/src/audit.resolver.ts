import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AuditService } from './audit.service';
import { AuditEventModel } from './audit-event.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles('admin')
  @Query(() => [AuditEventModel], { description: 'Recent changes in the current workspace, newest first (admins).' })
  auditEvents(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('entityType', { nullable: true }) entityType?: string,
  ): Promise<AuditEventModel[]> {
    return this.audit.list(ctx, Math.min(Math.max(first, 1), 500), entityType);
  }
}
