import { contextErrors } from '@opencx/server-core';

/** The sharing context's NOT_FOUND and CONFLICT errors. */
export const sharingErrors = contextErrors('sharing', ['ShareLink']);
