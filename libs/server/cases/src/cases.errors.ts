import { contextErrors } from '@opencx/server-core';

/** The cases context's NOT_FOUND and CONFLICT errors. */
export const caseErrors = contextErrors('cases', ['FollowUpCase', 'FollowUpRule', 'RootCauseCode']);
