export * from './embedded-database';
export * from './data-source';
export * from './database.module';
export * from './database-health';
export * from './tenancy/request-context';
export * from './tenancy/tx';
export type { KeysetKey, KeysetPage, KeysetRequest } from './tenancy/keyset';
export { TenantDb, type TenantDbOptions } from './tenancy/tenant-db';
export * from './database-roles';
