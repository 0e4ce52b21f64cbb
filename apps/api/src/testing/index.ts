export * from './test-api';
export * from './builders';
export * from './schema-operations';
