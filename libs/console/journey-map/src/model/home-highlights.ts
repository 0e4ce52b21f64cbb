import type { JourneyMap } from './types';

export interface MomentHighlight {
  journeyId: string;
  journeyName: string;
  touchpointId: string;
  name: string;
  stageName: string;
  emotion: number;
}

export interface PainHighlight {
  journeyId: string;
  journeyName: string;
  touchpointName: string;
  id: string;
  title: string;
  severity: number;
}

/**
 * What the home page shows across journeys: the moments of truth (worst felt first, since those
 * need attention) and the most severe pain points (ties keep the journeys' order, most recently
 * changed first, then map order).
 */
export function homeHighlights(maps: readonly JourneyMap[], limit = 6): { moments: MomentHighlight[]; pains: PainHighlight[] } {
  const moments: MomentHighlight[] = [];
  const pains: PainHighlight[] = [];
  for (const map of maps) {
    for (const stage of map.stages) {
      for (const tp of stage.touchpoints) {
        if (tp.momentOfTruth) moments.push({ journeyId: map.id, journeyName: map.name, touchpointId: tp.id, name: tp.name, stageName: stage.name, emotion: tp.emotion });
        for (const p of tp.painPoints) pains.push({ journeyId: map.id, journeyName: map.name, touchpointName: tp.name, id: p.id, title: p.title, severity: p.severity });
      }
    }
  }
  // Array.prototype.sort is stable: equal keys keep the order built above.
  moments.sort((a, b) => a.emotion - b.emotion);
  pains.sort((a, b) => b.severity - a.severity);
  return { moments: moments.slice(0, limit), pains: pains.slice(0, limit) };
}
