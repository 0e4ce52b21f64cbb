/**
 * The codes the API puts in a GraphQL error's `extensions.code` (REST maps them to HTTP statuses).
 * Declared once here: the server's OpenCxError and the console's GqlRequestError both import it,
 * so a new code is a type error wherever it is not handled yet.
 */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNPROCESSABLE', 'RATE_LIMITED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
