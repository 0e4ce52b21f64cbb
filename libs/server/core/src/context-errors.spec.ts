import { contextErrors } from './context-errors';
import { OpenCxError } from './opencx-error';

const errors = contextErrors('journeys', ['Journey', 'Touchpoint']);

describe('contextErrors', () => {
  it('words every NOT_FOUND the same way and names the context, the entity and the field', () => {
    const e = errors.notFound('Touchpoint', '6f1c', 'touchpointId');
    expect(e).toBeInstanceOf(OpenCxError);
    expect(e.message).toBe('Touchpoint not found: 6f1c');
    expect(e.extensions).toEqual({ code: 'NOT_FOUND', context: 'journeys', entity: 'Touchpoint', field: 'touchpointId' });
    expect(e.httpStatus).toBe(404);
    expect(errors.notFound('Journey').message).toBe('Journey not found');
    expect(errors.notFound('Journey').extensions).not.toHaveProperty('field');
  });

  it('answers a public token that opens nothing with NOT_FOUND in the visitor\'s words, naming the token field', () => {
    const e = errors.unknownToken('Journey', 'This link is not valid');
    expect(e.message).toBe('This link is not valid');
    expect(e.extensions).toEqual({ code: 'NOT_FOUND', context: 'journeys', entity: 'Journey', field: 'token' });
    expect(e.httpStatus).toBe(404);
  });

  it('keeps the message of a CONFLICT and adds the field and reason', () => {
    const e = errors.conflict('Journey', 'This journey is archived', { field: 'journeyId', reason: 'archived' });
    expect(e.message).toBe('This journey is archived');
    expect(e.extensions).toEqual({ code: 'CONFLICT', context: 'journeys', entity: 'Journey', field: 'journeyId', reason: 'archived' });
    expect(e.httpStatus).toBe(409);
  });

  it('refuses an entity the context did not declare (the type checker already does)', () => {
    expect(() => errors.notFound('Persona' as never)).toThrow(/declares no entity "Persona"/);
  });
});
