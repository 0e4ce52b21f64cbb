import { contextErrors } from '@opencx/server-core';

/** The research context's NOT_FOUND and CONFLICT errors. */
export const researchErrors = contextErrors('research', ['Journey', 'Touchpoint', 'ResearchItem', 'ResearchBrief', 'PainPoint', 'Opportunity', 'EvidenceFile', 'EvidenceCitation']);
