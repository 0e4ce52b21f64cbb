export * from './journey';
export * from './metric';
export * from './role';
export * from './locale';
export * from './core-metric';
export * from './journey-document';
export * from './csv';
export * from './journey-document.validation';
