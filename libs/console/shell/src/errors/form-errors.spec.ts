import { GqlRequestError } from '@opencx/console-graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ERROR_MESSAGE_KEYS, fieldMessage, mapErrorToForm } from './form-errors';

const badInput = (fields: { field: string; message: string }[]) => new GqlRequestError('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { field: fields[0]?.field, fields });

describe('mapErrorToForm', () => {
  it('puts a BAD_USER_INPUT issue on the named form field, with nothing left for a toast', () => {
    const mapped = mapErrorToForm(badInput([{ field: 'password', message: 'must be 10 to 200 characters' }]), ['email', 'password']);
    expect(mapped.general).toBeNull();
    expect(mapped.fields).toEqual([{ name: 'password', message: { key: 'field.length', values: { min: 10, max: 200 }, fallback: 'must be 10 to 200 characters' } }]);
  });

  it('maps several issues, path-qualified names and aliases', () => {
    const error = badInput([
      { field: 'input.email', message: 'must be a valid email address' },
      { field: 'userId', message: 'is not a member of this workspace' },
    ]);
    const mapped = mapErrorToForm(error, ['email', 'member'], { userId: 'member' });
    expect(mapped.fields.map((f) => [f.name, f.message.key])).toEqual([
      ['email', 'field.email'],
      ['member', 'field.notMember'],
    ]);
    expect(mapped.general).toBeNull();
  });

  it('keeps a general message when a field is not on the form', () => {
    const mapped = mapErrorToForm(badInput([{ field: 'x-workspace-id', message: 'header is required' }]), ['email']);
    expect(mapped.fields).toEqual([]);
    expect(mapped.general).toMatchObject({ key: 'code.BAD_USER_INPUT', values: { detail: 'x-workspace-id: header is required' } });
  });

  it('turns other codes into a translated general message', () => {
    expect(mapErrorToForm(new GqlRequestError('RATE_LIMITED', 'Too many attempts'), ['email'])).toEqual({ fields: [], general: { key: 'code.RATE_LIMITED', fallback: 'Too many attempts' } });
    const limited = new GqlRequestError('RATE_LIMITED', 'Too many attempts; try again in 15 minutes', {
      errors: [{ message: 'Too many attempts; try again in 15 minutes', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 841 } }],
    });
    expect(mapErrorToForm(limited, ['email']).general).toEqual({ key: 'code.RATE_LIMITED_WAIT', values: { minutes: 15 }, fallback: 'Too many attempts; try again in 15 minutes' });
    expect(mapErrorToForm(new GqlRequestError('CONFLICT', 'The last owner cannot be removed', { field: 'userId' }), []).general).toMatchObject({ key: 'code.CONFLICT', values: { detail: 'The last owner cannot be removed' } });
    expect(mapErrorToForm(new Error('boom')).general).toEqual({ key: 'code.INTERNAL' });
  });
});

describe('fieldMessage', () => {
  it('recognises the API wording and falls back to it verbatim', () => {
    expect(fieldMessage('is already taken').key).toBe('field.taken');
    expect(fieldMessage('must be one of viewer, editor, admin, owner').key).toBe('field.invalidChoice');
    expect(fieldMessage('something new')).toEqual({ key: 'field.invalid', values: { detail: 'something new' }, fallback: 'something new' });
  });
});

describe('error messages', () => {
  it.each(['en', 'zh-CN'])('are all translated in %s', (locale) => {
    const messages = JSON.parse(readFileSync(resolve(__dirname, '../../../../../apps/console/messages', `${locale}.json`), 'utf8')) as { errors: Record<string, Record<string, string>> };
    const missing = ERROR_MESSAGE_KEYS.filter((key) => {
      const [group, name] = key.split('.');
      return typeof messages.errors[group!]?.[name!] !== 'string';
    });
    expect(missing).toEqual([]);
  });
});
