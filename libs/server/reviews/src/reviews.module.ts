import { Module } from '@nestjs/common';
import { ActionsModule } from '@opencx/server-actions';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { NotificationsModule } from '@opencx/server-notifications';
import { JourneyReviewService } from './services/journey-review.service';
import { ReviewDueHooks } from './services/review-due.hooks';
import { ReviewDueNotices } from './services/review-due-notices';
import { ReviewScheduleService } from './services/review-schedule.service';
import { JourneyReviewResolver } from './resolvers/journey-review.resolver';
import { WorkspaceDigestResolver } from './resolvers/workspace-digest.resolver';
import { WorkspaceDigestService } from './services/workspace-digest.service';
import { JourneyReviewPdfController } from './controllers/journey-review-pdf.controller';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// ReviewDueHooks announces a review that fell due; ReviewDueNotices tells the journey's team through notifications.
@Module({
  imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule, ActionsModule, NotificationsModule],
  providers: [JourneyReviewService, ReviewScheduleService, ReviewDueHooks, ReviewDueNotices, JourneyReviewResolver, WorkspaceDigestService, WorkspaceDigestResolver],
  controllers: [JourneyReviewPdfController],
  exports: [JourneyReviewService, ReviewDueHooks],
})
export class ReviewsModule {}
