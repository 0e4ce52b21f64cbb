import type { FormInstance } from 'antd';
import type { GqlFeedback } from './gql-feedback';

export interface GqlActionOptions<A extends unknown[], R> {
  /** Input errors go under this form's fields; whatever does not fit a field becomes a message. */
  form?: FormInstance;
  /** API field → form field, e.g. `{ userId: 'member' }`. */
  aliases?: Record<string, string>;
  /** Said after success; a function gets the result and the arguments (null or '' says nothing). */
  success?: string | ((result: R, ...args: A) => string | null | undefined);
  /** Runs after success, still busy (reset a form, close a modal, refetch, navigate). */
  onSuccess?: (result: R, ...args: A) => unknown;
  /** Errors the caller shows in its own way: return true when handled, and the usual report is skipped. */
  onError?: (error: unknown, ...args: A) => boolean;
}

export type GqlActionOutcome<R> = { ok: true; result: R } | { ok: false; error: unknown };

/**
 * One run of an action, without React: call, then on success the message and `onSuccess`, on failure
 * the caller's own handling or the shared report. Never throws: the user has been told either way.
 */
export async function performGqlAction<A extends unknown[], R>(
  call: (...args: A) => Promise<R>,
  args: A,
  options: GqlActionOptions<A, R>,
  feedback: GqlFeedback,
): Promise<GqlActionOutcome<R>> {
  let result: R;
  try {
    result = await call(...args);
  } catch (error) {
    if (!options.onError?.(error, ...args)) feedback.report(error, options.form, options.aliases);
    return { ok: false, error };
  }
  const text = typeof options.success === 'function' ? options.success(result, ...args) : options.success;
  if (text) feedback.success(text);
  try {
    await options.onSuccess?.(result, ...args);
  } catch (error) {
    // The change itself went through; what failed is the follow-up (usually a refetch).
    feedback.report(error);
  }
  return { ok: true, result };
}
