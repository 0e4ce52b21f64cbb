import { JourneyReviewDueEntity } from './entities/journey-review-due.entity';
import { JourneyReviewEntity } from './entities/journey-review.entity';
import { WorkspaceDigestEntity } from './entities/workspace-digest.entity';

export * from './entities/journey-review.entity';
export * from './entities/journey-review-due.entity';
export * from './services/journey-review.service';
export { ReviewDueHooks, type ReviewDueListener, type ReviewFellDue } from './services/review-due.hooks';
export { REVIEW_DUE_QUEUE, REVIEW_SCHEDULE_OPTIONS, type ReviewScheduleOptions } from './services/review-schedule.service';
export * from './reviews.module';

export * from './entities/workspace-digest.entity';
export const REVIEWS_ENTITIES = [JourneyReviewEntity, JourneyReviewDueEntity, WorkspaceDigestEntity];
