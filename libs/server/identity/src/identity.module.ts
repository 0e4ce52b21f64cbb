import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { AccessGuard } from './auth/access.guard';
import { AccountService } from './services/account.service';
import { WorkspaceService } from './services/workspace.service';
import { MemberService } from './services/member.service';
import { TeamService } from './services/team.service';
import { ApiTokenService } from './services/api-token.service';
import { RateLimitService } from './services/rate-limit.service';
import { IdentityDirectory } from './services/identity-directory.service';
import { AccountResolver } from './resolvers/account.resolver';
import { WorkspaceResolver } from './resolvers/workspace.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { TeamResolver } from './resolvers/team.resolver';
import { ApiTokenResolver } from './resolvers/api-token.resolver';
import { ApiTokenController } from './resolvers/api-token.controller';

@Module({
  imports: [AuditModule],
  providers: [
    // Registered as the global guard in the app wiring (apps/api/src/app.module.ts).
    AccessGuard,
    AccountService,
    WorkspaceService,
    MemberService,
    TeamService,
    ApiTokenService,
    RateLimitService,
    IdentityDirectory,
    AccountResolver,
    WorkspaceResolver,
    MemberResolver,
    TeamResolver,
    ApiTokenResolver,
  ],
  controllers: [ApiTokenController],
  exports: [AccessGuard, WorkspaceService, RateLimitService, ApiTokenService, IdentityDirectory],
})
export class IdentityModule {}
