import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { OpenCxError } from './opencx-error';

/** Where the full text of a masked error goes (the API's JSON logger through Nest's Logger). */
export interface ErrorLog {
  error(message: string, stack?: string, context?: string): void;
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Errors Apollo raises about the request itself, before anything runs: they describe the client's
 * document or variables, never our data or our database.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Only the product's own errors and GraphQL's request errors reach a client as they are. */
export function isClientSafeError(error: unknown): boolean {
  if (unwrapResolverError(error) instanceof OpenCxError) return true;
  return error instanceof GraphQLError && !error.path && REQUEST_ERROR_CODES.has(String(error.extensions?.code));
}

/** The text logged for a masked error: everything we know, including the database's words. */
export function describeError(error: unknown): { message: string; stack?: string } {
  const original = unwrapResolverError(error);
  if (original instanceof Error) {
    const detail = (original as { detail?: unknown }).detail;
    return { message: `${original.name}: ${original.message}${typeof detail === 'string' ? ` (${detail})` : ''}`, stack: original.stack };
  }
  return { message: String(original) };
}

/**
 * graphql-js reports a bad variable in prose (`Variable "$input" got invalid value 3 at "input.name"; …`);
 * the field it names is lifted into `extensions.field` so every input error is machine-readable. Like
 * class-validator, fields inside an input object are named without the variable (`name`).
 */
export function fieldOfVariableError(message: string): string | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  if (!variable) return undefined;
  const at = / at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "([^"]+)" (?:of required type|is not defined by type)/.exec(message)?.[1];
  const path = [at ?? variable[1], ...(missing ? [missing] : [])].join('.');
  const parts = path.split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : path;
}

interface RequestContextValue {
  req?: { id?: unknown };
}

/**
 * Masks every error that is not an OpenCxError (nor a GraphQL request error): the client gets a generic
 * message, code INTERNAL_SERVER_ERROR and the request id; the log gets the whole error under the same id.
 * `plugin` sees each request's errors with its context (to learn the request id) before `formatError`
 * formats the very same error objects.
 */
export function createGraphqlErrorMasking(log: ErrorLog): {
  plugin: ApolloServerPlugin<RequestContextValue>;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
} {
  const requestIds = new WeakMap<object, string>();
  return {
    plugin: {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            const requestId = typeof contextValue?.req?.id === 'string' ? contextValue.req.id : randomUUID();
            for (const error of errors) {
              if (isClientSafeError(error)) continue;
              requestIds.set(error, requestId);
              const { message, stack } = describeError(error);
              log.error(`request ${requestId}: ${message}`, stack, 'graphql');
            }
          },
        };
      },
    },
    formatError(formatted, error) {
      if (isClientSafeError(error)) {
        if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.field !== undefined) return formatted;
        const field = fieldOfVariableError(formatted.message);
        return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
      }
      let requestId = typeof error === 'object' && error !== null ? requestIds.get(error) : undefined;
      if (!requestId) {
        // An error that reached formatting without passing the plugin (e.g. a failure in the plugin chain).
        requestId = randomUUID();
        const { message, stack } = describeError(error);
        log.error(`request ${requestId}: ${message}`, stack, 'graphql');
      }
      return {
        message: INTERNAL_ERROR_MESSAGE,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      };
    },
  };
}
