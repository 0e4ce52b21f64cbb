import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@opencx/server-audit';
import { AccessGuard } from './auth/access.guard';
import { AccountService } from './services/account.service';
import { WorkspaceService } from './services/workspace.service';
import { MemberService } from './services/member.service';
import { TeamService } from './services/team.service';
import { ApiTokenService } from './services/api-token.service';
import { RateLimitService } from './services/rate-limit.service';
import { AccountResolver } from './resolvers/account.resolver';
import { WorkspaceResolver } from './resolvers/workspace.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { TeamResolver } from './resolvers/team.resolver';
import { ApiTokenResolver } from './resolvers/api-token.resolver';
import { ApiTokenController } from './resolvers/api-token.controller';
import { InvitationResolver } from './resolvers/invitation.resolver';
import { SecurityEventResolver } from './resolvers/security-event.resolver';
import { InvitationService } from './services/invitation.service';
import { SecurityEventService } from './services/security-event.service';
import { MailService } from './services/mail.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

@Module({
  imports: [AuditModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccountService,
    WorkspaceService,
    MemberService,
    TeamService,
    ApiTokenService,
    RateLimitService,
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
  exports: [WorkspaceService, RateLimitService, ApiTokenService],
})
export class IdentityModule {
  /** Identity needs the API's configuration (operators, public URL, SMTP): import it through this. */
  static forRoot(options: IdentityOptions): DynamicModule {
    return { module: IdentityModule, providers: [{ provide: IDENTITY_OPTIONS, useValue: options }] };
  }
}
