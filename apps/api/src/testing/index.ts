export * from './test-api';
export * from './builders';
