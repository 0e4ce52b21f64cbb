export * from '@opencx/server-testing';
export * from './schema-operations';
export * from './operation-recipes';
