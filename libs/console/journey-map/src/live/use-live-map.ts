'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** Someone else with this map open, and the card (touchpoint) they are editing. */
export interface Colleague {
  userId: string;
  name: string;
  cardId: string | null;
}

/** Where the console proxies the API's live stream and presence reports (apps/console/src/app/api/journeys/[id]). */
const eventsUrl = (journeyId: string) => `/api/journeys/${journeyId}/events`;
const presenceUrl = (journeyId: string) => `/api/journeys/${journeyId}/presence`;

/**
 * Keeps an open map live: listens to the map's server-sent events and reloads the map when a
 * revision newer than the one shown arrives (the editor queue keeps local drafts, and a stale edit
 * goes through the usual merge); tracks who else has the map open; and reports the card this
 * browser is editing (focus inside a touchpoint column). EventSource reconnects on its own.
 */
export function useLiveMap(journeyId: string, revision: number | null, reload: () => Promise<void>): { colleagues: Colleague[]; connected: boolean } {
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const [connected, setConnected] = useState(false);
  const revisionRef = useRef(revision);
  revisionRef.current = revision;
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  const connectionRef = useRef<string | null>(null);
  const cardRef = useRef<string | null>(null);
  const pendingRef = useRef(false);

  // A newer revision arriving while someone types in the map waits until they leave the field, so
  // their edit is sent against the version they started from (a clash then goes through the merge).
  const catchUp = useCallback(() => {
    if (editingInMap()) {
      pendingRef.current = true;
      return;
    }
    pendingRef.current = false;
    void reloadRef.current();
  }, []);

  const report = useCallback(
    (cardId: string | null) => {
      cardRef.current = cardId;
      const connectionId = connectionRef.current;
      if (!connectionId) return;
      void fetch(presenceUrl(journeyId), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ connectionId, cardId }) }).catch(() => undefined);
    },
    [journeyId],
  );

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(eventsUrl(journeyId));
    const newer = (r: unknown) => typeof r === 'number' && revisionRef.current !== null && r > revisionRef.current;
    source.addEventListener('hello', (e) => {
      const hello = JSON.parse((e as MessageEvent<string>).data) as { connectionId: string; revision: number };
      connectionRef.current = hello.connectionId;
      setConnected(true);
      // Reconnected after a gap: catch up on what was missed, and tell the others the card again.
      if (newer(hello.revision)) catchUp();
      if (cardRef.current) report(cardRef.current);
    });
    source.addEventListener('change', (e) => {
      const change = JSON.parse((e as MessageEvent<string>).data) as { revision: number };
      if (newer(change.revision)) catchUp();
    });
    source.addEventListener('presence', (e) => setColleagues((JSON.parse((e as MessageEvent<string>).data) as { colleagues: Colleague[] }).colleagues));
    source.onerror = () => setConnected(false);
    return () => {
      source.close();
      connectionRef.current = null;
      setColleagues([]);
      setConnected(false);
    };
  }, [journeyId, report, catchUp]);

  // The card being edited: focus in a text field inside a touchpoint column of the map.
  useEffect(() => {
    const cardOf = (target: EventTarget | null) => {
      const el = target instanceof Element ? target : null;
      if (!el || !el.matches('input, textarea, [contenteditable="true"]')) return null;
      return el.closest('[data-testid="journey-map-canvas"] [data-touchpoint-id]')?.getAttribute('data-touchpoint-id') ?? null;
    };
    const onFocus = (e: FocusEvent) => {
      const card = cardOf(e.target);
      if (card !== cardRef.current) report(card);
    };
    const onBlur = (e: FocusEvent) => {
      if (!cardOf(e.relatedTarget) && cardRef.current) report(null);
      // After the field's own save (Enter or blur) is queued, catch up on what arrived meanwhile.
      if (pendingRef.current) setTimeout(() => pendingRef.current && catchUp(), 0);
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onBlur);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onBlur);
    };
  }, [report, catchUp]);

  return { colleagues, connected };
}

/** Whether focus is in a text field of the map screen (an edit in progress). */
function editingInMap(): boolean {
  const el = typeof document === 'undefined' ? null : document.activeElement;
  return Boolean(el && el.matches('input, textarea, [contenteditable="true"]') && el.closest('[data-testid="journey-map-screen"]'));
}
