import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { FeedbackModule } from '@opencx/server-feedback';
import { IdentityModule } from '@opencx/server-identity';
import { NotificationsModule } from '@opencx/server-notifications';
import { BusinessCalendarService } from './services/business-calendar.service';
import { CaseLineageService } from './services/case-lineage.service';
import { CaseMetricsService } from './services/case-metrics.service';
import { CaseIntakeService } from './services/case-intake.service';
import { CaseOpenerService } from './services/case-opener.service';
import { CaseSlaService } from './services/case-sla.service';
import { CaseResurveyService } from './services/case-resurvey.service';
import { FollowUpCaseService } from './services/follow-up-case.service';
import { FollowUpRuleService } from './services/follow-up-rule.service';
import { RootCauseService } from './services/root-cause.service';
import { FollowUpCaseResolver } from './resolvers/follow-up-case.resolver';
import { FollowUpSettingsResolver } from './resolvers/follow-up-settings.resolver';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
@Module({
  imports: [AuditModule, IdentityModule, FeedbackModule, NotificationsModule],
  providers: [
    BusinessCalendarService,
    FollowUpRuleService,
    CaseOpenerService,
    CaseIntakeService,
    CaseSlaService,
    CaseResurveyService,
    FollowUpCaseService,
    RootCauseService,
    CaseMetricsService,
    CaseLineageService,
    FollowUpCaseResolver,
    FollowUpSettingsResolver,
  ],
  exports: [CaseLineageService, BusinessCalendarService],
})
export class CasesModule {}
