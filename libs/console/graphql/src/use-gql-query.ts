'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from './generated/graphql';
import { gqlRequest } from './graphql-request';
import { useGqlFeedback } from './gql-feedback';

export interface GqlQueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => Promise<void>;
}

interface QueryOptions {
  /** Stay idle (nothing is requested) while true. */
  skip?: boolean;
  /** false: the component shows a failure itself (inline) instead of the shared error message. */
  reportErrors?: boolean;
}

type QueryArgs<V> = V extends Record<string, never> ? [options?: QueryOptions & { variables?: V }] : [options: QueryOptions & { variables: V }];

/**
 * Loads a query and reloads it when its variables change (compared by value); only the answer to
 * the latest request is kept, and a failure is reported once where the user looks. `refetch` after
 * a change.
 */
export function useGqlQuery<R, V>(document: TypedDocumentString<R, V>, ...[options]: QueryArgs<V>): GqlQueryState<R> {
  const feedback = useGqlFeedback();
  const skip = options?.skip ?? false;
  const reportErrors = options?.reportErrors ?? true;
  const [data, setData] = useState<R>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!skip);
  const generation = useRef(0);
  const report = useRef(feedback.report);
  report.current = feedback.report;
  const key = JSON.stringify(options?.variables ?? {});

  const refetch = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await (gqlRequest as (d: TypedDocumentString<R, V>, v: V) => Promise<R>)(document, JSON.parse(key) as V);
      if (mine === generation.current) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (mine !== generation.current) return;
      setError(e);
      if (reportErrors) report.current(e);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [document, key, reportErrors]);

  useEffect(() => {
    if (!skip) void refetch();
  }, [refetch, skip]);

  return { data, error, loading, refetch };
}
