import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { ShareLinkService } from './services/share-link.service';
import { ShareLinkResolver } from './resolvers/share-link.resolver';
import { SharedViewController } from './controllers/shared-view.controller';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
@Module({ imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule], providers: [ShareLinkService, ShareLinkResolver], controllers: [SharedViewController], exports: [ShareLinkService] })
export class SharingModule {}
