'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { gqlRequest, type TypedDocumentString } from '@opencx/console-graphql';

export interface GqlQueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => Promise<void>;
}

/** Loads a variable-free query on mount; `refetch` after a mutation. `skip` leaves it idle. */
export function useGqlQuery<R>(document: TypedDocumentString<R, Record<string, never>>, options: { skip?: boolean } = {}): GqlQueryState<R> {
  const [data, setData] = useState<R>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!options.skip);
  const generation = useRef(0);

  const refetch = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await gqlRequest(document);
      if (mine === generation.current) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [document]);

  useEffect(() => {
    if (!options.skip) void refetch();
  }, [refetch, options.skip]);

  return { data, error, loading, refetch };
}
