'use client';

import { createContext, useContext } from 'react';
import type { MapActions } from './use-journey-editor';

/** What every cell needs and what rarely changes: kept in context so memoised columns stay put. */
export interface MapEditorContextValue {
  actions: MapActions;
  readOnly: boolean;
  /**
   * The unfiltered view: dragging (positions refer to the whole stage) and adding (a new card
   * would not match most filters and seem to vanish) are offered only there.
   */
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
