'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { gqlRequest, type TypedDocumentString } from '@opencx/console-graphql';

export interface GqlDataState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => Promise<void>;
}

/**
 * Loads a query with variables and reloads when they change (compared by value); only the answer
 * to the latest request is kept. The shell's useGqlQuery covers variable-free queries.
 */
export function useGqlData<R, V extends Record<string, unknown>>(document: TypedDocumentString<R, V>, variables: V, options: { skip?: boolean } = {}): GqlDataState<R> {
  const [data, setData] = useState<R>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!options.skip);
  const generation = useRef(0);
  const key = JSON.stringify(variables);

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
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [document, key]);

  useEffect(() => {
    if (!options.skip) void refetch();
  }, [refetch, options.skip]);

  return { data, error, loading, refetch };
}

/** Shows a failed load where the user looks (and sends an ended session back to login). */
export function useReportLoadError(error: unknown, report: (error: unknown) => void): void {
  useEffect(() => {
    if (error) report(error);
  }, [error, report]);
}
