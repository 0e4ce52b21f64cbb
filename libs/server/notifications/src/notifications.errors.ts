import { contextErrors } from '@opencx/server-core';

/** The notifications context's NOT_FOUND and CONFLICT errors. */
export const notificationErrors = contextErrors('notifications', ['Notification']);
