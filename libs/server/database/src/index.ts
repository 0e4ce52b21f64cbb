export * from './embedded-database';
export * from './data-source';
export * from './database.module';
export * from './database-health';
export * from './tenancy/request-context';
export * from './tenancy/tx';
export { TenantDb, type TenantDbOptions } from './tenancy/tenant-db';
export * from './database-roles';
