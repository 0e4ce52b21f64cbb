export * from './database-details.model';
export * from './database-status.model';
export * from './system-details.model';
export * from './system-info.model';
export * from './plugin-content-change.model';
