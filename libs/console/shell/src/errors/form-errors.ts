import { isGqlRequestError, type GqlErrorCode } from '@opencx/console-graphql';

/** A translatable message: a key under `errors.` in the messages files, with its values. */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
  /** The API's own wording, shown when no translation matches. */
  fallback?: string;
}

export interface FieldError {
  name: string;
  message: MessageRef;
}

export interface MappedError {
  /** Issues that belong to a field the form shows. */
  fields: FieldError[];
  /** What is left for a toast: null when every issue found its field. */
  general: MessageRef | null;
}

// The API's class-validator and service messages (libs/server/identity), so both languages read well.
const FIELD_MESSAGES: { pattern: RegExp; key: string; values?: (m: RegExpExecArray) => Record<string, string | number> }[] = [
  { pattern: /^must be a valid email address$/, key: 'field.email' },
  { pattern: /^must be (\d+) to (\d+) characters$/, key: 'field.length', values: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
  { pattern: /^must be 3 to 48 lowercase letters, digits or dashes$/, key: 'field.slug' },
  { pattern: /^is already taken$/, key: 'field.taken' },
  { pattern: /^is already a member of this workspace$/, key: 'field.alreadyMember' },
  { pattern: /^already has a pending invitation/, key: 'field.alreadyInvited' },
  { pattern: /^is not an invitation link$/, key: 'field.invitationLink' },
  { pattern: /^a team with this name already exists$/, key: 'field.teamNameTaken' },
  { pattern: /^is not a member of this workspace$/, key: 'field.notMember' },
  { pattern: /^must be an IANA time zone/, key: 'field.timeZone' },
  { pattern: /^must (?:be one of|be among) /, key: 'field.invalidChoice' },
];

export function fieldMessage(serverMessage: string): MessageRef {
  for (const entry of FIELD_MESSAGES) {
    const match = entry.pattern.exec(serverMessage.trim());
    if (match) return { key: entry.key, values: entry.values?.(match), fallback: serverMessage };
  }
  return { key: 'field.invalid', values: { detail: serverMessage }, fallback: serverMessage };
}

const CODE_KEYS: Record<GqlErrorCode, string> = {
  BAD_USER_INPUT: 'code.BAD_USER_INPUT',
  UNAUTHENTICATED: 'code.UNAUTHENTICATED',
  FORBIDDEN: 'code.FORBIDDEN',
  NOT_FOUND: 'code.NOT_FOUND',
  CONFLICT: 'code.CONFLICT',
  UNPROCESSABLE: 'code.UNPROCESSABLE',
  RATE_LIMITED: 'code.RATE_LIMITED',
  INTERNAL: 'code.INTERNAL',
  API_UNAVAILABLE: 'code.API_UNAVAILABLE',
  NETWORK: 'code.NETWORK',
};

/** Every key this module can produce (form-errors.spec.ts checks both languages have them). */
export const ERROR_MESSAGE_KEYS: readonly string[] = [...new Set([...FIELD_MESSAGES.map((m) => m.key), 'field.invalid', ...Object.values(CODE_KEYS), 'code.RATE_LIMITED_WAIT'])];

/** The API names fields as they appear in the input (`email`) or with a path (`input.email`). */
function leafName(field: string): string {
  const parts = field.split('.');
  return parts[parts.length - 1] ?? field;
}

/**
 * Splits an API error into issues the form can show under its inputs (`formFields` are the form's
 * field names; `aliases` renames API fields, e.g. `{ userId: 'member' }`) and a general message.
 */
export function mapErrorToForm(error: unknown, formFields: readonly string[] = [], aliases: Record<string, string> = {}): MappedError {
  if (!isGqlRequestError(error)) return { fields: [], general: { key: 'code.INTERNAL' } };
  const fields: FieldError[] = [];
  let unmatched = 0;
  if (error.code === 'BAD_USER_INPUT' || error.fields.length > 0) {
    for (const issue of error.fields) {
      const name = aliases[issue.field] ?? aliases[leafName(issue.field)] ?? leafName(issue.field);
      if (formFields.includes(name)) fields.push({ name, message: fieldMessage(issue.message) });
      else unmatched++;
    }
  }
  if (fields.length > 0 && unmatched === 0) return { fields, general: null };
  const wait = error.errors[0]?.extensions?.['retryAfterSeconds'];
  if (error.code === 'RATE_LIMITED' && typeof wait === 'number' && wait > 0) {
    return { fields, general: { key: 'code.RATE_LIMITED_WAIT', values: { minutes: Math.ceil(wait / 60) }, fallback: error.message } };
  }
  const detail = error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT' ? error.message : undefined;
  return { fields, general: { key: CODE_KEYS[error.code], values: detail ? { detail } : undefined, fallback: error.message } };
}
