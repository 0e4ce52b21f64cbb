import { contextErrors } from '@opencx/server-core';

/** The metrics context's NOT_FOUND and CONFLICT errors. */
export const metricsErrors = contextErrors('metrics', ['KpiAlert']);
