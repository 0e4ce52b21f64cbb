import { documentDefaults, TOUCHPOINT_FIELDS } from '@opencx/domain';
import type { MapTouchpoint } from './types';

/**
 * A touchpoint for unit specs: the declared defaults of every field (so a new field needs no edit
 * here or in the specs), then the given identity and overrides.
 */
export function touchpointFixture(id: string, stageId: string, position: number, patch: Partial<MapTouchpoint> = {}): MapTouchpoint {
  return { ...(documentDefaults(TOUCHPOINT_FIELDS) as Omit<MapTouchpoint, 'id' | 'stageId' | 'position' | 'version' | 'painPoints' | 'opportunities' | 'metrics' | 'laneEntries' | 'personaEmotions'>), id, stageId, position, name: id, version: 1, painPoints: [], opportunities: [], metrics: [], laneEntries: [], personaEmotions: [], ...patch };
}
