'use client';

import { useEffect, useState, type ReactNode } from 'react';

const MAP_EDITOR_READY_EVENT = 'opencx:map-editor-ready';
/** The journey whose editor has rendered last (the event may fire before a switch listens). */
let readyJourney: string | null = null;

/**
 * The performance mark the map editor sets once it shows the map with its handlers live (its first
 * commit's effects have run): when the map became interactive. The console benchmark reads it by this
 * name (tools/bench/map-lcp.ts), beside the LCP it reports.
 */
export const MAP_EDITOR_INTERACTIVE_MARK = 'opencx:map-editor-interactive';

/** Sets MAP_EDITOR_INTERACTIVE_MARK once per page load (a later journey's editor keeps the first). */
export function markMapEditorInteractive(): void {
  if (performance.getEntriesByName(MAP_EDITOR_INTERACTIVE_MARK, 'mark').length === 0) performance.mark(MAP_EDITOR_INTERACTIVE_MARK);
}

/** Called by the map editor once it shows a map (or its error) for `journeyId`: the first paint steps aside. */
export function markMapEditorReady(journeyId: string): void {
  readyJourney = journeyId;
  window.dispatchEvent(new CustomEvent(MAP_EDITOR_READY_EVENT, { detail: journeyId }));
}

const HIDDEN = { position: 'absolute', left: 0, top: 0, width: '100%', visibility: 'hidden', pointerEvents: 'none' } as const;

/**
 * Shows the server-rendered first paint until the editor (children, loading on demand) has rendered
 * its map; the editor is laid out meanwhile but not shown, so exactly one map is on screen at a time
 * and the swap is one React commit (nothing is removed behind React's back).
 */
export function FirstPaintSwitch({ journeyId, preview, children }: { journeyId: string; preview: ReactNode; children: ReactNode }) {
  const [editorReady, setEditorReady] = useState(false);
  useEffect(() => {
    if (readyJourney === journeyId) setEditorReady(true);
    const ready = (event: Event) => {
      if ((event as CustomEvent<string>).detail === journeyId) setEditorReady(true);
    };
    window.addEventListener(MAP_EDITOR_READY_EVENT, ready);
    return () => window.removeEventListener(MAP_EDITOR_READY_EVENT, ready);
  }, [journeyId]);
  // The editor keeps its place in the tree (no remount) when the preview goes.
  return (
    <div style={{ position: 'relative' }}>
      {editorReady ? null : preview}
      <div style={editorReady ? undefined : HIDDEN} aria-hidden={editorReady ? undefined : true}>
        {children}
      </div>
    </div>
  );
}
