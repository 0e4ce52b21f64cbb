'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'next/navigation';
import { useGqlQuery, type CommentTargetKind } from '@opencx/console-graphql';
import { CommentCountsQuery } from '../documents/comments.documents';

export interface CommentCard {
  kind: CommentTargetKind;
  id: string;
}

export interface CommentCounter {
  comments: number;
  openThreads: number;
}

interface CommentsContextValue {
  journeyId: string;
  counts: ReadonlyMap<string, CommentCounter>;
  /** The card whose threads the side panel shows; null: every thread of the journey; undefined: closed. */
  panel: CommentCard | null | undefined;
  /** A thread to scroll to (from a notification link). */
  focusThread: string | null;
  openPanel: (card: CommentCard | null) => void;
  closePanel: () => void;
  refreshCounts: () => Promise<void>;
}

const CommentsContext = createContext<CommentsContextValue | null>(null);

export const cardKey = (kind: CommentTargetKind, id: string) => `${kind}:${id}`;

/** `?card=touchpoint:<id>` (notification links) → the card; the server's kinds are lower-case. */
function cardFromParam(value: string | null): CommentCard | null {
  const match = /^(stage|touchpoint|pain_point|opportunity|action):([0-9a-f-]{36})$/i.exec(value ?? '');
  return match ? { kind: match[1].toUpperCase() as CommentTargetKind, id: match[2] } : null;
}

/** Counters for every card of the open map (one query) and the side panel's state. */
export function CommentsProvider({ journeyId, children }: { journeyId: string; children: ReactNode }) {
  const params = useSearchParams();
  const linkedThread = params?.get('thread') ?? null;
  const linkedCard = params?.get('card') ?? null;
  const query = useGqlQuery(CommentCountsQuery, { variables: { journeyId }, reportErrors: false });
  const [panel, setPanel] = useState<CommentCard | null | undefined>(undefined);
  const [focusThread, setFocusThread] = useState<string | null>(null);

  useEffect(() => {
    if (!linkedThread && !linkedCard) return;
    setPanel(cardFromParam(linkedCard));
    setFocusThread(linkedThread);
  }, [linkedThread, linkedCard]);

  const counts = useMemo(() => new Map((query.data?.commentCounts ?? []).map((c) => [cardKey(c.targetKind, c.targetId), { comments: c.comments, openThreads: c.openThreads }])), [query.data]);
  const { refetch } = query;
  const openPanel = useCallback((card: CommentCard | null) => {
    setFocusThread(null);
    setPanel(card);
  }, []);
  const closePanel = useCallback(() => setPanel(undefined), []);
  const value = useMemo(() => ({ journeyId, counts, panel, focusThread, openPanel, closePanel, refreshCounts: refetch }), [journeyId, counts, panel, focusThread, openPanel, closePanel, refetch]);
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

/** Null outside a map with comments (e.g. a read-only shared view): badges then render nothing. */
export function useComments(): CommentsContextValue | null {
  return useContext(CommentsContext);
}
