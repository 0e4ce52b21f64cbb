// Pure helpers.
export * from './board/board-rules';
export * from './documents/actions.documents';

// Client components (each file is 'use client').
export * from './action-tracker';
export * from './suggestions/pain-point-suggestions';
export * from './suggestions/suggestions-screen';
