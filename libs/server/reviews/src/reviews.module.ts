import { Module } from '@nestjs/common';
import { ActionsModule } from '@opencx/server-actions';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { JourneyReviewService } from './services/journey-review.service';
import { ReviewDueHooks } from './services/review-due.hooks';
import { ReviewScheduleService } from './services/review-schedule.service';
import { JourneyReviewResolver } from './resolvers/journey-review.resolver';
import { WorkspaceDigestResolver } from './resolvers/workspace-digest.resolver';
import { WorkspaceDigestService } from './services/workspace-digest.service';
import { JourneyReviewPdfController } from './controllers/journey-review-pdf.controller';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// ReviewDueHooks is the seam for notifications: register a listener to tell a journey's team its review is due.
@Module({
  imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule, ActionsModule],
  providers: [JourneyReviewService, ReviewScheduleService, ReviewDueHooks, JourneyReviewResolver, WorkspaceDigestService, WorkspaceDigestResolver],
  controllers: [JourneyReviewPdfController],
  exports: [JourneyReviewService, ReviewDueHooks],
})
export class ReviewsModule {}
