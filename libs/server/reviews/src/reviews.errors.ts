import { contextErrors } from '@opencx/server-core';

/** The reviews context's NOT_FOUND and CONFLICT errors. */
export const reviewErrors = contextErrors('reviews', ['JourneyReview', 'Journey', 'WorkspaceDigest']);
