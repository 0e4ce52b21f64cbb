export * from './documents/research.documents';
export { ResearchLink } from './research-link';
export { useResearchProgress } from './use-research-progress';
export { ResearchProgressTag } from './research-progress-tag';

// Client screens, loaded on demand (screens.tsx is 'use client').
export * from './screens';
