export * from './system.module';
export * from './plugin-content-changes.port';
