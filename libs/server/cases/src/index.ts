import { BusinessCalendarEntity, CaseNoteEntity, FollowUpCaseEntity, FollowUpRuleEntity, RootCauseCodeEntity } from './entities';

export * from './entities';
export * from './cases.module';
export { CaseLineageService, type CaseLink, type RootCauseCount } from './services/case-lineage.service';
export { BusinessCalendarService } from './services/business-calendar.service';
export { PLUGIN_FOLLOW_UP_RULES, type PluginFollowUpRule, type PluginFollowUpRules } from './services/plugin-follow-up-rules.port';
export { CASE_SLA_QUEUE } from './services/case-sla.jobs';
export { CASE_INTAKE_QUEUE } from './services/case-intake.jobs';

export const CASES_ENTITIES = [FollowUpCaseEntity, CaseNoteEntity, RootCauseCodeEntity, FollowUpRuleEntity, BusinessCalendarEntity];
