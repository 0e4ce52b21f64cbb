import type { TouchpointFilterInput } from '@opencx/console-graphql';
import type { JourneyMap } from './types';
import { signedEmotion } from './diff-view';

/** The map views of the switcher; each maps to the API's touchpointFilter. */
export type MapView = { kind: 'all' } | { kind: 'channel'; channels: string[] } | { kind: 'team'; teamId: string | null } | { kind: 'moments' };

export const ALL_VIEW: MapView = { kind: 'all' };

export function viewToFilter(view: MapView): TouchpointFilterInput | undefined {
  switch (view.kind) {
    case 'channel':
      return view.channels.length ? { channels: view.channels } : undefined;
    case 'team':
      return view.teamId ? { ownerTeamId: view.teamId } : undefined;
    case 'moments':
      return { momentsOfTruthOnly: true };
    default:
      return undefined;
  }
}

export function isFiltered(view: MapView): boolean {
  return viewToFilter(view) !== undefined;
}

/**
 * The same filter applied in the browser: mutations return the whole map, and the view must not
 * jump back to "all" after an edit. Stages always stay (an empty stage is still part of the map).
 */
export function applyView(journey: JourneyMap, view: MapView): JourneyMap {
  const filter = viewToFilter(view);
  if (!filter) return journey;
  const keep = (tp: JourneyMap['stages'][number]['touchpoints'][number]) =>
    (!filter.channels || filter.channels.includes(tp.channel)) && (!filter.ownerTeamId || tp.ownerTeamId === filter.ownerTeamId) && (!filter.momentsOfTruthOnly || tp.momentOfTruth);
  return { ...journey, stages: journey.stages.map((stage) => (stage.touchpoints.every(keep) ? stage : { ...stage, touchpoints: stage.touchpoints.filter(keep) })) };
}

/** Touchpoints, pain points and moments of truth of a map (for the toolbar summary). */
export function mapCounts(journey: Pick<JourneyMap, 'stages'>): { stages: number; touchpoints: number; painPoints: number; momentsOfTruth: number; averageEmotion: number | null } {
  let touchpoints = 0;
  let painPoints = 0;
  let momentsOfTruth = 0;
  let emotion = 0;
  for (const stage of journey.stages) {
    for (const tp of stage.touchpoints) {
      touchpoints++;
      painPoints += tp.painPoints.length;
      if (tp.momentOfTruth) momentsOfTruth++;
      emotion += tp.emotion;
    }
  }
  return { stages: journey.stages.length, touchpoints, painPoints, momentsOfTruth, averageEmotion: touchpoints ? Math.round((emotion / touchpoints) * 10) / 10 : null };
}

/** The `journeyMap` messages the counts line is worded with (next-intl's translator, on the server or in the browser). */
export type MapCountsWords = (key: 'counts' | 'averageEmotion', values: Record<string, string | number>) => string;

/**
 * The map's counts line ("12 个阶段 · 200 个触点 · … · 平均情绪 +0.1"), worded in one place for the
 * editor's header and the server-rendered first paint, so both paint the same text.
 */
export function mapCountsLine(journey: Pick<JourneyMap, 'stages'>, words: MapCountsWords): string {
  const counts = mapCounts(journey);
  const line = words('counts', { stages: counts.stages, touchpoints: counts.touchpoints, painPoints: counts.painPoints, moments: counts.momentsOfTruth });
  return counts.averageEmotion !== null ? `${line} · ${words('averageEmotion', { value: signedEmotion(counts.averageEmotion) })}` : line;
}
