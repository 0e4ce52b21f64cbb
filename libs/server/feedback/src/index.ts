import { CollectionLinkEntity, FeedbackResponseEntity, ImportJobEntity, MetricObservationEntity, SiteEntity } from './entities';

export * from './entities';
export * from './feedback.module';
export { FeedbackIngestionService, type IngestOutcome, type IngestOptions } from './services/feedback-ingestion.service';
export { FeedbackIngestedHooks, type FeedbackIngested, type FeedbackIngestedListener, type IngestedObservation, type IngestedResponse } from './services/feedback-ingested.hooks';
export { FeedbackMerge, RESPONSE_COLUMNS, OBSERVATION_COLUMNS, type RowSource } from './services/feedback-merge';
export { SiteService } from './services/site.service';
export { analyseComment, segmentForSearch } from './text/comment-analysis';
export { CommentTextService, type CommentText } from './text/comment-text.service';
export { TOPIC_DICTIONARIES, type TopicDictionaries } from './text/topic-dictionaries.port';
export { CollectionLinkService, parseCollectionToken, LINK_LIMITS } from './services/collection-link.service';

export { FEEDBACK_IMPORT_QUEUE, detectEncoding, proposeMapping, type FeedbackImportOptions } from './services/feedback-import.service';

export const FEEDBACK_ENTITIES = [FeedbackResponseEntity, MetricObservationEntity, SiteEntity, CollectionLinkEntity, ImportJobEntity];
export { FeedbackEvidenceService, type EvidenceResponse, type TopicTally } from './services/feedback-evidence.service';
