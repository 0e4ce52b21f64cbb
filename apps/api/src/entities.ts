import { IDENTITY_ENTITIES } from '@opencx/server-identity';
import { AUDIT_ENTITIES } from '@opencx/server-audit';
import { JOURNEY_ENTITIES } from '@opencx/server-journeys';

/** Every bounded context's TypeORM entities, for the one data source. */
export const ENTITIES = [...IDENTITY_ENTITIES, ...AUDIT_ENTITIES, ...JOURNEY_ENTITIES];
