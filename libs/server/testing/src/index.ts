export * from './test-database';
export * from './app-under-test';
export * from './test-api';
export * from './builders';
export * from './database-snapshot';
export * from './smtp-sink';
export * from './case-intake';
export * from './eventually';
