// Pure helpers.
export * from './inbox/inbox-filter';
export * from './documents/feedback.documents';

// Client components (each file is 'use client').
export * from './feedback-screen';
export * from './inbox/feedback-inbox';
export * from './links/collection-links';
export * from './survey/public-survey';
