'use client';

import { createContext, useContext } from 'react';
import type { MapActions } from './use-journey-editor';

/** What every cell needs and what rarely changes: kept in context so memoised columns stay put. */
export interface MapEditorContextValue {
  actions: MapActions;
  readOnly: boolean;
  /** Dragging is offered only in the unfiltered view (positions refer to the whole stage). */
  dndEnabled: boolean;
  teams: ReadonlyMap<string, string>;
  locale: string;
}

export const MapEditorContext = createContext<MapEditorContextValue | null>(null);

export function useMapEditor(): MapEditorContextValue {
  const value = useContext(MapEditorContext);
  if (!value) throw new Error('useMapEditor must be used inside MapEditorContext');
  return value;
}
