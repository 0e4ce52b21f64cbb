import { Controller, Get } from '@nestjs/common';
import { ApiScope, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';

/** Lets an integrator check a token before pushing data: which workspace it writes to. */
@Controller('api/v1')
export class ApiTokenController {
  @ApiScope('feedback:write')
  @Get('token')
  whoAmI(@WorkspaceCtx() ctx: WorkspaceContext): { workspaceId: string; tokenId: string | null } {
    return { workspaceId: ctx.workspaceId, tokenId: ctx.actor.tokenId };
  }
}
