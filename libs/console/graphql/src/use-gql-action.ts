'use client';

import { useCallback, useRef, useState } from 'react';
import type { TypedDocumentString } from './generated/graphql';
import { gqlRequest } from './graphql-request';
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
  /** The `key` of the latest run still going, or null. */
  busyKey: string | null;
}

/**
 * A user's action against the API (usually a mutation): busy state while it runs, the error shown
 * where the user looks (under the form's fields when given), a success message, then `onSuccess`.
 * Pass a document (run takes its variables) or a function (several requests, or derived input).
 */
export function useGqlAction<R, V>(document: TypedDocumentString<R, V>, options?: UseGqlActionOptions<[variables: V], R>): GqlAction<[variables: V], R>;
export function useGqlAction<A extends unknown[], R>(action: (...args: A) => Promise<R>, options?: UseGqlActionOptions<A, R>): GqlAction<A, R>;
export function useGqlAction<A extends unknown[], R>(action: TypedDocumentString<R, unknown> | ((...args: A) => Promise<R>), options: UseGqlActionOptions<A, R> = {}): GqlAction<A, R> {
  const feedback = useGqlFeedback();
  const [running, setRunning] = useState<{ count: number; key: string | null }>({ count: 0, key: null });
  // The latest closures, so `run` keeps its identity while the component re-renders.
  const latest = useRef({ action, options, feedback });
  latest.current = { action, options, feedback };

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    const { action: current, options: opts, feedback: fb } = latest.current;
    const call = typeof current === 'function' ? current : (...a: A) => (gqlRequest as (d: typeof current, v: unknown) => Promise<R>)(current, a[0]);
    const key = opts.key?.(...args) ?? null;
    setRunning((r) => ({ count: r.count + 1, key }));
    const outcome = await performGqlAction(call, args, opts, fb);
    if (!(outcome.ok && opts.keepBusyOnSuccess)) setRunning((r) => ({ count: r.count - 1, key: r.count > 1 ? r.key : null }));
    return outcome.ok ? outcome.result : undefined;
  }, []);

  return { run, busy: running.count > 0, busyKey: running.key };
}
