import { ActionCommentEntity, ImprovementActionEntity, PainPointEvidenceEntity, PainPointSuggestionDismissalEntity } from './entities/improvement-action.entity';

export * from './entities/improvement-action.entity';
export { ImprovementActionService } from './services/improvement-action.service';
export { ActionImpactService } from './services/action-impact.service';
export { PainPointEvidenceService } from './services/pain-point-evidence.service';
export { CASE_LINEAGE, NO_CASE_LINEAGE, type CaseLineage, type CaseLink } from './case-lineage.port';
export * from './actions.module';

export const ACTIONS_ENTITIES = [ImprovementActionEntity, ActionCommentEntity, PainPointSuggestionDismissalEntity, PainPointEvidenceEntity];
