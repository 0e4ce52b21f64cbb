import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@opencx/domain';

export type { ErrorCode };

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** A well-formed request that cannot be processed as sent (e.g. an Idempotency-Key reused with another body). */
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * The one error type of OpenCX. It is a GraphQLError, so GraphQL clients get `extensions.code`
 * (and `extensions.field` / `extensions.fields` for input errors); REST routes map it to a status.
 */
export class OpenCxError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; fields?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'OpenCxError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  static badInput(field: string, message: string): OpenCxError {
    return new OpenCxError('BAD_USER_INPUT', `${field}: ${message}`, { field, fields: [{ field, message }] });
  }

  static invalidFields(fields: FieldIssue[]): OpenCxError {
    const text = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new OpenCxError('BAD_USER_INPUT', text, { field: fields[0]?.field, fields });
  }

  static notFound(entity: string, id?: string): OpenCxError {
    return new OpenCxError('NOT_FOUND', `${entity} not found${id ? `: ${id}` : ''}`, { entity });
  }

  static forbidden(message = 'Your role does not allow this action'): OpenCxError {
    return new OpenCxError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Sign in required'): OpenCxError {
    return new OpenCxError('UNAUTHENTICATED', message);
  }

  static conflict(message: string, details: Record<string, unknown> = {}): OpenCxError {
    return new OpenCxError('CONFLICT', message, details);
  }
}
