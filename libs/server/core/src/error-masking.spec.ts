import { GraphQLError } from 'graphql';
import { createGraphqlErrorMasking, fieldOfVariableError, isClientSafeError } from './error-masking';
import { OpenCxError } from './opencx-error';

describe('fieldOfVariableError', () => {
  it('lifts the field out of graphql-js coercion messages', () => {
    expect(fieldOfVariableError('Variable "$input" got invalid value 42 at "input.name"; String cannot represent a non string value: 42')).toBe('name');
    expect(fieldOfVariableError('Variable "$id" got invalid value 1.5; ID cannot represent value: 1.5')).toBe('id');
    expect(fieldOfVariableError('Variable "$input" got invalid value {}; Field "name" of required type "String!" was not provided.')).toBe('name');
    expect(fieldOfVariableError('Variable "$input" got invalid value { x: 1 } at "input.goals[0]"; String cannot represent a non string value: 1')).toBe('goals[0]');
    expect(fieldOfVariableError('Variable "$input" of required type "LoginInput!" was not provided.')).toBe('input');
    expect(fieldOfVariableError('Cannot query field "nope" on type "Query".')).toBeUndefined();
  });
});

describe('error masking', () => {
  const resolverError = (original: Error) => new GraphQLError(original.message, { path: ['personas'], originalError: original });

  it('keeps OpenCxErrors and request errors, masks the rest', () => {
    expect(isClientSafeError(resolverError(OpenCxError.notFound('Journey')))).toBe(true);
    expect(isClientSafeError(new GraphQLError('Cannot query field', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))).toBe(true);
    expect(isClientSafeError(resolverError(new Error('duplicate key value violates unique constraint "stage_pkey"')))).toBe(false);
    // A code a resolver error claims for itself does not make it safe.
    expect(isClientSafeError(new GraphQLError('boom', { path: ['x'], extensions: { code: 'BAD_USER_INPUT' } }))).toBe(false);
  });

  it('gives the client a request id and logs the full error under the same id', async () => {
    const logged: string[] = [];
    const masking = createGraphqlErrorMasking({ error: (message) => logged.push(message) });
    const error = resolverError(new Error('relation "persona" does not exist'));
    const listener = await (masking.plugin.requestDidStart as (rc: unknown) => Promise<{ didEncounterErrors(rc: unknown): Promise<void> }>)({});
    await listener.didEncounterErrors({ errors: [error], contextValue: { req: { id: 'req-1' } } });
    const formatted = masking.formatError({ message: error.message, path: ['personas'] }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['personas'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } });
    expect(logged).toEqual([expect.stringMatching(/^request req-1: Error: relation "persona" does not exist$/)]);
  });
});
