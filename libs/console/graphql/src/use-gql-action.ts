'use client';

import { useCallback, useRef, useState } from 'react';
import { useGqlFeedback } from './gql-feedback';
import { performGqlAction, type GqlActionOptions } from './gql-action';

export interface UseGqlActionOptions<A extends unknown[], R> extends GqlActionOptions<A, R> {
  /** Names a run (the row it acts on) so `busyKey` can put a spinner on just that row. */
  key?: (...args: A) => string;
  /** The action leaves the page on success: stay busy, so it cannot be sent twice meanwhile. */
  keepBusyOnSuccess?: boolean;
}

export interface GqlAction<A extends unknown[], R> {
  /** Runs the action; resolves to its result, or undefined when it failed (already reported). */
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  /** The `key` of the latest run still going (null when none is, or it has no key). */
  busyKey: string | null;
}

/**
 * A user's action against the API (usually a mutation): busy state while it runs, the error shown
 * where the user looks (under the form's fields when given), a success message, then `onSuccess`.
 * `action` makes the request(s) with `gqlRequest`, from whatever the component passes to `run`.
 */
export function useGqlAction<A extends unknown[], R>(action: (...args: A) => Promise<R>, options: UseGqlActionOptions<A, R> = {}): GqlAction<A, R> {
  const feedback = useGqlFeedback();
  // One entry per run still going, in start order (a run without `key` counts as null).
  const [running, setRunning] = useState<readonly (string | null)[]>([]);
  // The latest closures, so `run` keeps its identity while the component re-renders.
  const latest = useRef({ action, options, feedback });
  latest.current = { action, options, feedback };

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    const { action: call, options: opts, feedback: fb } = latest.current;
    const key = opts.key?.(...args) ?? null;
    setRunning((r) => [...r, key]);
    const outcome = await performGqlAction(call, args, opts, fb);
    if (!(outcome.ok && opts.keepBusyOnSuccess)) setRunning((r) => r.filter((_, i) => i !== r.indexOf(key)));
    return outcome.ok ? outcome.result : undefined;
  }, []);

  return { run, busy: running.length > 0, busyKey: running[running.length - 1] ?? null };
}
