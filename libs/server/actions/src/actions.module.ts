import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { CaseLineageService, CasesModule, type CaseLink as CaseLinkOfCases } from '@opencx/server-cases';
import { FeedbackModule } from '@opencx/server-feedback';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { NotificationsModule } from '@opencx/server-notifications';
import { CASE_LINEAGE, type CaseLineage } from './case-lineage.port';
import { ImprovementActionResolver } from './resolvers/improvement-action.resolver';
import { SuggestionLineageResolver } from './resolvers/suggestion-lineage.resolver';
import { ActionImpactService } from './services/action-impact.service';
import { ImprovementActionService } from './services/improvement-action.service';
import { LineageService } from './services/lineage.service';
import { PainPointSuggestionService } from './services/pain-point-suggestion.service';
import { PainPointEvidenceService } from './services/pain-point-evidence.service';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// CASE_LINEAGE is answered by the cases context's exported CaseLineageService (never its tables).
@Module({
  imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule, FeedbackModule, CasesModule, NotificationsModule],
  providers: [
    ImprovementActionService,
    ActionImpactService,
    PainPointSuggestionService,
    LineageService,
    PainPointEvidenceService,
    ImprovementActionResolver,
    SuggestionLineageResolver,
    { provide: CASE_LINEAGE, inject: [CaseLineageService], useFactory: caseLineageFrom },
  ],
  exports: [ImprovementActionService, ActionImpactService, PainPointEvidenceService],
})
export class ActionsModule {}

function caseLineageFrom(cases: CaseLineageService): CaseLineage {
  const link = (c: CaseLinkOfCases) => ({ id: c.caseId, responseId: c.subjectId, status: c.status, rootCause: c.rootCause?.label ?? null });
  return {
    async casesForResponses(tx, responseIds) {
      return (await cases.casesForSubjects(tx, responseIds)).map(link);
    },
    async caseById(tx, caseId) {
      const [found] = await cases.casesByIds(tx, [caseId]);
      return found ? link(found) : null;
    },
  };
}
