// Pure helpers.
export * from './inbox/inbox-filter';
export * from './documents/feedback.documents';
export * from './import/import-request';

// Client components (each file is 'use client').
export * from './feedback-screen';
export * from './inbox/feedback-inbox';
export * from './links/collection-links';
export * from './import/feedback-import';
export * from './alerts/kpi-alerts';
export * from './survey/public-survey';
