// Pure helpers.
export * from './filter/dashboard-filter';
export * from './documents/dashboard.documents';

// Client components (each file is 'use client').
export * from './executive/executive-view';
export * from './journey/journey-dashboard';
