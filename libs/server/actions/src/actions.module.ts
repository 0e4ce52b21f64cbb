import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { FeedbackModule } from '@opencx/server-feedback';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { CASE_LINEAGE, NO_CASE_LINEAGE } from './case-lineage.port';
import { ImprovementActionResolver } from './resolvers/improvement-action.resolver';
import { SuggestionLineageResolver } from './resolvers/suggestion-lineage.resolver';
import { ActionImpactService } from './services/action-impact.service';
import { ImprovementActionService } from './services/improvement-action.service';
import { LineageService } from './services/lineage.service';
import { PainPointSuggestionService } from './services/pain-point-suggestion.service';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// CASE_LINEAGE knows no cases until the cases context provides it (replace the useValue with its service).
@Module({
  imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule, FeedbackModule],
  providers: [
    ImprovementActionService,
    ActionImpactService,
    PainPointSuggestionService,
    LineageService,
    ImprovementActionResolver,
    SuggestionLineageResolver,
    { provide: CASE_LINEAGE, useValue: NO_CASE_LINEAGE },
  ],
  exports: [ImprovementActionService, ActionImpactService],
})
export class ActionsModule {}
