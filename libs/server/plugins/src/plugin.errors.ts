import { contextErrors } from '@opencx/server-core';

/** The plugins context's NOT_FOUND and CONFLICT errors. */
export const pluginErrors = contextErrors('plugins', ['TemplateUpgrade']);
