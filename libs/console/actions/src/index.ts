// Pure helpers.
export * from './board/board-rules';
export * from './documents/actions.documents';

// Client screens, loaded on demand (screens.tsx is 'use client').
export * from './screens';
