import { contextErrors } from '@opencx/server-core';

/** The feedback context's NOT_FOUND and CONFLICT errors (one wording for all of them). */
export const feedbackErrors = contextErrors('feedback', ['FeedbackResponse', 'FeedbackBatch', 'ImportJob', 'CollectionLink']);
