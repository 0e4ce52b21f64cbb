import { contextErrors } from '@opencx/server-core';

/** The comments context's NOT_FOUND and CONFLICT errors. */
export const commentErrors = contextErrors('comments', ['Comment', 'Journey', 'Card']);
