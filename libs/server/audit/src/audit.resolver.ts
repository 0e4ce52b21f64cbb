import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AuditService } from './audit.service';
import { AuditEventModel } from './audit-event.model';
import { AuditEventConnectionModel } from './audit-event-connection.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles('admin')
  @Query(() => AuditEventConnectionModel, { description: 'Changes in the current workspace, newest first, a page at a time (admins; first ≤ 500).' })
  auditEvents(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (default 50, at most 500)' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'pageInfo.endCursor of the previous page' }) after?: string,
    @Args('entityType', { nullable: true }) entityType?: string,
  ): Promise<AuditEventConnectionModel> {
    return this.audit.list(ctx, { first, after }, entityType);
  }
}
