// Pure helpers.
export * from './filter/dashboard-filter';
export * from './documents/dashboard.documents';

// Client screens, loaded on demand (screens.tsx is 'use client').
export * from './screens';
