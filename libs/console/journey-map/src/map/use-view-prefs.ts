'use client';

import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_VIEW_PREFS, parseViewPrefs, viewPrefsKey, type MapViewPrefs } from '../model/map-viewport';

/** Zoom, density and lanes for one user and one journey, remembered in this browser. */
export function useViewPrefs(userId: string, journeyId: string): [MapViewPrefs, (next: MapViewPrefs) => void] {
  const key = viewPrefsKey(userId, journeyId);
  const [prefs, setPrefs] = useState<MapViewPrefs>(DEFAULT_VIEW_PREFS);
  // Read after mounting: the server render has no localStorage, and the first paint must match it.
  useEffect(() => {
    try {
      setPrefs(parseViewPrefs(window.localStorage.getItem(key)));
    } catch {
      setPrefs(DEFAULT_VIEW_PREFS);
    }
  }, [key]);
  const update = useCallback(
    (next: MapViewPrefs) => {
      setPrefs(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage full or blocked: the choice lasts until the page is left
      }
    },
    [key],
  );
  return [prefs, update];
}
