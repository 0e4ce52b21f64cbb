'use client';

import { useMemo } from 'react';
import { useGqlQuery } from '@opencx/console-graphql';
import { ResearchProgressQuery } from './documents/research.documents';

/** Research-plan progress (done/7) of a page of journeys: one request, one statement on the server. */
export function useResearchProgress(journeyIds: readonly string[]): Map<string, { done: number; total: number }> {
  // Keyed by the ids' text, so a new array with the same journeys does not refetch.
  const key = journeyIds.join(',');
  const ids = useMemo(() => (key ? key.split(',') : []), [key]);
  const q = useGqlQuery(ResearchProgressQuery, { variables: { journeyIds: ids }, skip: ids.length === 0, reportErrors: false });
  return useMemo(() => new Map((q.data?.researchProgress ?? []).map((p) => [p.journeyId, { done: p.done, total: p.total }])), [q.data]);
}
