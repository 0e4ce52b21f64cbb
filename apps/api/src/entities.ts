import { IDENTITY_ENTITIES } from '@opencx/server-identity';
import { AUDIT_ENTITIES } from '@opencx/server-audit';
import { JOURNEY_ENTITIES } from '@opencx/server-journeys';
import { METRIC_ENTITIES } from '@opencx/server-metrics';
import { PLUGIN_ENTITIES } from '@opencx/server-plugins';

/** Every bounded context's TypeORM entities, for the one data source. */
export const ENTITIES = [...IDENTITY_ENTITIES, ...AUDIT_ENTITIES, ...JOURNEY_ENTITIES, ...METRIC_ENTITIES, ...PLUGIN_ENTITIES];
