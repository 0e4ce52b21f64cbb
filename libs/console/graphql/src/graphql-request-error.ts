import { isErrorCode, type ErrorCode } from '@opencx/domain/error-code';

/** The two codes the client itself produces when no API answer arrives. */
const CLIENT_CODES = ['API_UNAVAILABLE', 'NETWORK'] as const;

/** Error codes the API puts in `extensions.code` (declared once in @opencx/domain), plus the client's own. */
export type GqlErrorCode = ErrorCode | (typeof CLIENT_CODES)[number];

export interface GqlFieldIssue {
  field: string;
  message: string;
}

export interface GqlErrorPayload {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; fields?: GqlFieldIssue[]; [key: string]: unknown };
}

function asCode(raw: unknown): GqlErrorCode {
  if (isErrorCode(raw)) return raw;
  if (typeof raw === 'string' && (CLIENT_CODES as readonly string[]).includes(raw)) return raw as GqlErrorCode;
  // Apollo's own validation errors (unknown field, bad variable) are input errors too.
  if (raw === 'GRAPHQL_VALIDATION_FAILED' || raw === 'GRAPHQL_PARSE_FAILED') return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

/**
 * The first GraphQL error of a response, typed: `code` from `extensions.code`, and for input
 * errors the offending `field` and every `fields` issue, so forms can show them on the right input.
 */
export class GqlRequestError extends Error {
  readonly code: GqlErrorCode;
  readonly field: string | undefined;
  readonly fields: GqlFieldIssue[];
  readonly errors: GqlErrorPayload[];

  constructor(code: GqlErrorCode, message: string, options: { field?: string; fields?: GqlFieldIssue[]; errors?: GqlErrorPayload[] } = {}) {
    super(message);
    this.name = 'GqlRequestError';
    this.code = code;
    this.fields = options.fields ?? (options.field ? [{ field: options.field, message }] : []);
    this.field = options.field ?? this.fields[0]?.field;
    this.errors = options.errors ?? [];
  }

  static fromErrors(errors: GqlErrorPayload[]): GqlRequestError {
    const first = errors[0] ?? { message: 'Unknown error' };
    const ext = first.extensions ?? {};
    const fields = Array.isArray(ext.fields) ? ext.fields.filter((f): f is GqlFieldIssue => typeof f?.field === 'string') : undefined;
    return new GqlRequestError(asCode(ext.code), first.message, { field: typeof ext.field === 'string' ? ext.field : undefined, fields, errors });
  }
}

export function isGqlRequestError(error: unknown): error is GqlRequestError {
  return error instanceof GqlRequestError;
}
