import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { MetricsModule } from '@opencx/server-metrics';
import { CustomerRefHasher } from './services/customer-ref.hasher';
import { FeedbackBatchService } from './services/feedback-batch.service';
import { FeedbackIngestionService } from './services/feedback-ingestion.service';
import { FeedbackMerge } from './services/feedback-merge';
import { SiteService } from './services/site.service';
import { FeedbackController } from './resolvers/feedback.controller';
import { FeedbackImportController } from './resolvers/feedback-import.controller';
import { FeedbackImportResolver } from './resolvers/feedback-import.resolver';
import { DEFAULT_IMPORT_OPTIONS, FEEDBACK_IMPORT_OPTIONS, FeedbackImportService, type FeedbackImportOptions } from './services/feedback-import.service';
import { FeedbackResolver } from './resolvers/feedback.resolver';

@Module({
  imports: [AuditModule, MetricsModule],
  providers: [CustomerRefHasher, FeedbackMerge, SiteService, FeedbackIngestionService, FeedbackBatchService, FeedbackResolver, FeedbackImportService, FeedbackImportResolver],
  controllers: [FeedbackController, FeedbackImportController],
  exports: [FeedbackIngestionService, FeedbackMerge, SiteService],
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
