import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { CollectionLinkService } from './services/collection-link.service';
import { CustomerRefHasher } from './services/customer-ref.hasher';
import { FeedbackBatchService } from './services/feedback-batch.service';
import { FeedbackInboxService } from './services/feedback-inbox.service';
import { FeedbackIngestionService } from './services/feedback-ingestion.service';
import { FeedbackMerge } from './services/feedback-merge';
import { FeedbackIngestedHooks } from './services/feedback-ingested.hooks';
import { SiteService } from './services/site.service';
import { CommentTextService } from './text/comment-text.service';
import { CollectionLinkController } from './controllers/collection-link.controller';
import { CollectionLinkResolver } from './resolvers/collection-link.resolver';
import { FeedbackController } from './controllers/feedback.controller';
import { FeedbackInboxResolver } from './resolvers/feedback-inbox.resolver';
import { FeedbackImportController } from './controllers/feedback-import.controller';
import { FeedbackImportResolver } from './resolvers/feedback-import.resolver';
import { DEFAULT_IMPORT_OPTIONS, FEEDBACK_IMPORT_OPTIONS, FeedbackImportService, type FeedbackImportOptions } from './services/feedback-import.service';
import { FeedbackResolver } from './resolvers/feedback.resolver';
import { FeedbackEvidenceService } from './services/feedback-evidence.service';
import { FeedbackAnalyticsResolver } from './analytics/analytics.resolver';
import { KeyDriverService } from './analytics/key-driver.service';
import { SiteLeagueService } from './analytics/site-league.service';
import { CommentAnalyticsService } from './analytics/comment-analytics.service';

@Module({
  imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule],
  providers: [
    CustomerRefHasher,
    FeedbackMerge,
    FeedbackIngestedHooks,
    SiteService,
    CommentTextService,
    FeedbackIngestionService,
    FeedbackBatchService,
    FeedbackInboxService,
    CollectionLinkService,
    FeedbackImportService,
    FeedbackResolver,
    FeedbackInboxResolver,
    CollectionLinkResolver,
    FeedbackImportResolver,
    FeedbackEvidenceService,
    KeyDriverService,
    SiteLeagueService,
    CommentAnalyticsService,
    FeedbackAnalyticsResolver,
  ],
  controllers: [FeedbackController, CollectionLinkController, FeedbackImportController],
  exports: [FeedbackIngestionService, FeedbackIngestedHooks, FeedbackMerge, SiteService, CommentTextService, FeedbackEvidenceService, CollectionLinkService],
})
export class FeedbackModule {}

/** Where uploads wait and how imports run (the API's configuration), provided once for the feedback context. */
@Global()
@Module({})
export class FeedbackImportOptionsModule {
  static forRoot(options: Partial<FeedbackImportOptions> & Pick<FeedbackImportOptions, 'filesDir'>): DynamicModule {
    return { module: FeedbackImportOptionsModule, providers: [{ provide: FEEDBACK_IMPORT_OPTIONS, useValue: { ...DEFAULT_IMPORT_OPTIONS, ...options } }], exports: [FEEDBACK_IMPORT_OPTIONS] };
  }
}
