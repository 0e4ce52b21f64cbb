import { contextErrors } from '@opencx/server-core';

/** The actions context's NOT_FOUND and CONFLICT errors. */
export const actionErrors = contextErrors('actions', ['ImprovementAction', 'PainPoint', 'Opportunity', 'Touchpoint', 'MetricDefinition', 'PainPointSuggestion', 'FollowUpCase']);
