import { contextErrors } from '@opencx/server-core';

/** The identity context's NOT_FOUND and CONFLICT errors (one wording for all of them). */
export const identityErrors = contextErrors('identity', ['Team', 'Invitation', 'Member', 'ApiToken']);
