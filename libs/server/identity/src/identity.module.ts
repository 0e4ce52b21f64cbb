import { Global, Module, type DynamicModule } from '@nestjs/common';
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
import { ApiTokenController } from './controllers/api-token.controller';
import { InvitationResolver } from './resolvers/invitation.resolver';
import { SecurityEventResolver } from './resolvers/security-event.resolver';
import { InvitationService } from './services/invitation.service';
import { SecurityEventService } from './services/security-event.service';
import { MailService } from './services/mail.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

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
    InvitationService,
    SecurityEventService,
    MailService,
    AccountResolver,
    WorkspaceResolver,
    MemberResolver,
    TeamResolver,
    ApiTokenResolver,
    InvitationResolver,
    SecurityEventResolver,
  ],
  controllers: [ApiTokenController],
  exports: [AccessGuard, WorkspaceService, RateLimitService, ApiTokenService, IdentityDirectory, MailService, AccountService],
})
export class IdentityModule {}

/**
 * Identity's share of the API's configuration (operators, public URL, SMTP), provided once for the
 * whole app so every importer of IdentityModule sees the same options.
 */
@Global()
@Module({})
export class IdentityOptionsModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return { module: IdentityOptionsModule, providers: [{ provide: IDENTITY_OPTIONS, useValue: options }], exports: [IDENTITY_OPTIONS] };
  }
}
