// Pure helpers.
export * from './sla-countdown';
export * from './documents/cases.documents';

// Client screens, loaded on demand (screens.tsx is 'use client').
export * from './screens';
