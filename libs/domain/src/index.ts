export * from './journey';
export * from './metric';
export * from './role';
export * from './locale';
export * from './core-metric';
