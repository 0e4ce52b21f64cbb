import { contextErrors } from '@opencx/server-core';

/** The journeys context's NOT_FOUND and CONFLICT errors (one wording for all of them). */
export const journeyErrors = contextErrors('journeys', ['Journey', 'Persona', 'Stage', 'Touchpoint', 'PainPoint', 'Opportunity', 'JourneyView']);
