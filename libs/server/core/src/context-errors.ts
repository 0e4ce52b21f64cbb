import { OpenCxError } from './opencx-error';

export interface ConflictDetails {
  /** The argument or input field the conflict is about, as the client sent it. */
  field?: string;
  /** A stable machine-readable reason, for clients that branch on it. */
  reason?: string;
  /** Anything else the client needs to resolve it, e.g. `currentVersion`. */
  [key: string]: unknown;
}

/** The NOT_FOUND and CONFLICT errors of one bounded context, over the shared codes. */
export interface ContextErrors<Entity extends string> {
  /** `<Entity> not found: <id>`, extensions `{ code: 'NOT_FOUND', context, entity, field? }`. */
  notFound(entity: Entity, id?: string, field?: string): OpenCxError;
  /**
   * A public link's token that opens nothing (unknown, expired or revoked: the caller is not told which),
   * in words its anonymous visitor reads; extensions `{ code: 'NOT_FOUND', context, entity, field: 'token' }`.
   */
  unknownToken(entity: Entity, message: string): OpenCxError;
  /** A state conflict the caller can resolve (reload, retry, change something first); extensions `{ code: 'CONFLICT', context, entity, … }`. */
  conflict(entity: Entity, message: string, details?: ConflictDetails): OpenCxError;
}

/**
 * One error helper per context (`export const journeyErrors = contextErrors('journeys', ['Journey', …])`),
 * so every NOT_FOUND and CONFLICT looks the same whichever context raised it, and an entity name
 * the context does not declare is a type error rather than a new spelling in an error message.
 */
export function contextErrors<Entity extends string>(context: string, entities: readonly Entity[]): ContextErrors<Entity> {
  const known = new Set<string>(entities);
  const check = (entity: string) => {
    if (!known.has(entity)) throw new Error(`${context} declares no entity "${entity}" for its errors`);
  };
  return {
    notFound(entity, id, field) {
      check(entity);
      return new OpenCxError('NOT_FOUND', `${entity} not found${id ? `: ${id}` : ''}`, { context, entity, ...(field ? { field } : {}) });
    },
    unknownToken(entity, message) {
      check(entity);
      return new OpenCxError('NOT_FOUND', message, { context, entity, field: 'token' });
    },
    conflict(entity, message, details = {}) {
      check(entity);
      return new OpenCxError('CONFLICT', message, { context, entity, ...details });
    },
  };
}
