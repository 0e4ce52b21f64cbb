// Pure helpers and documents (safe anywhere, including server components and route handlers).
export * from './documents/journey-map.documents';
export * from './documents/journeys.documents';
export * from './model/types';
export * from './model/map-layout';
export * from './model/emotion-curve';
export * from './model/drag-move';
export * from './model/map-edits';
export * from './model/map-view';
export * from './model/diff-view';
export * from './model/import-file';
export * from './model/structural-sharing';
export * from './export/image-pdf';
export * from './export/export-scale';

// Screens (client-only, loaded on demand).
export * from './screens';
