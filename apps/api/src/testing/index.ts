export * from './test-api';
export * from './builders';
export * from './schema-operations';
export * from './operation-recipes';
export * from './database-snapshot';
