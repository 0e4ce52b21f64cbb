import { Module } from '@nestjs/common';
import { ActionsModule } from '@opencx/server-actions';
import { AuditModule } from '@opencx/server-audit';
import { CasesModule } from '@opencx/server-cases';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { NotificationsModule } from '@opencx/server-notifications';
import { EvidenceFileController } from './controllers/evidence-file.controller';
import { ResearchResolver } from './resolvers/research.resolver';
import { EvidenceCitationService } from './services/evidence-citation.service';
import { EvidenceFileService } from './services/evidence-file.service';
import { ResearchItemService } from './services/research-item.service';
import { ResearchPlanService } from './services/research-plan.service';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// Journeys (touchpoint places, pain points), actions (feedback evidence) and cases (their cases) are
// reached through their exported services only.
@Module({
  imports: [AuditModule, IdentityModule, JourneysModule, ActionsModule, CasesModule, NotificationsModule],
  providers: [ResearchPlanService, ResearchItemService, EvidenceFileService, EvidenceCitationService, ResearchResolver],
  controllers: [EvidenceFileController],
  exports: [ResearchPlanService, ResearchItemService],
})
export class ResearchModule {}
