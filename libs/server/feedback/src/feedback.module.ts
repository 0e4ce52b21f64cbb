import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { MetricsModule } from '@opencx/server-metrics';
import { CustomerRefHasher } from './services/customer-ref.hasher';
import { FeedbackBatchService } from './services/feedback-batch.service';
import { FeedbackIngestionService } from './services/feedback-ingestion.service';
import { FeedbackMerge } from './services/feedback-merge';
import { SiteService } from './services/site.service';
import { FeedbackController } from './controllers/feedback.controller';
import { FeedbackResolver } from './resolvers/feedback.resolver';

@Module({
  imports: [AuditModule, MetricsModule],
  providers: [CustomerRefHasher, FeedbackMerge, SiteService, FeedbackIngestionService, FeedbackBatchService, FeedbackResolver],
  controllers: [FeedbackController],
  exports: [FeedbackIngestionService, FeedbackMerge, SiteService],
})
export class FeedbackModule {}
