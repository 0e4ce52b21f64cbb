// Pure helpers.
export * from './sla-countdown';
export * from './documents/cases.documents';

// Client components (each file is 'use client').
export * from './cases-screen';
