import type { MoveTouchpointInput } from '@opencx/console-graphql';
import type { FieldKeysWith, Role, TOUCHPOINT_FIELDS } from '@opencx/domain';
import type { StageOrder } from './drag-move';
import type { JourneyMap, MapStage, MapTouchpoint } from './types';

export function findTouchpoint(journey: JourneyMap, id: string): MapTouchpoint | undefined {
  for (const stage of journey.stages) {
    const tp = stage.touchpoints.find((t) => t.id === id);
    if (tp) return tp;
  }
  return undefined;
}

export function findStage(journey: JourneyMap, id: string): MapStage | undefined {
  return journey.stages.find((s) => s.id === id);
}

/** Fields the editor changes in place (the declared editable ones); the optimistic copy shows them before the API answers. */
export type TouchpointPatch = Partial<Pick<MapTouchpoint, FieldKeysWith<typeof TOUCHPOINT_FIELDS, { editableBy: Role }> & keyof MapTouchpoint>>;

export function patchTouchpoint(journey: JourneyMap, id: string, patch: TouchpointPatch): JourneyMap {
  let found = false;
  const stages = journey.stages.map((stage) => {
    if (!stage.touchpoints.some((t) => t.id === id)) return stage;
    found = true;
    return { ...stage, touchpoints: stage.touchpoints.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
  });
  return found ? { ...journey, stages } : journey;
}

export function patchStage(journey: JourneyMap, id: string, patch: Partial<Pick<MapStage, 'name' | 'description'>>): JourneyMap {
  if (!journey.stages.some((s) => s.id === id)) return journey;
  return { ...journey, stages: journey.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/**
 * One step left or right in map order, crossing into the neighbouring stage at its end or start:
 * the keyboard alternative to dragging. Null at either end of the map.
 */
export function neighbourMove(stages: readonly StageOrder[], id: string, direction: 'left' | 'right'): MoveTouchpointInput | null {
  const s = stages.findIndex((stage) => stage.touchpointIds.includes(id));
  if (s < 0) return null;
  const stage = stages[s] as StageOrder;
  const i = stage.touchpointIds.indexOf(id);
  if (direction === 'left') {
    if (i > 0) return { id, toStageId: stage.id, toPosition: i - 1 };
    const prev = stages[s - 1];
    return prev ? { id, toStageId: prev.id, toPosition: prev.touchpointIds.length } : null;
  }
  if (i < stage.touchpointIds.length - 1) return { id, toStageId: stage.id, toPosition: i + 1 };
  const next = stages[s + 1];
  return next ? { id, toStageId: next.id, toPosition: 0 } : null;
}

/**
 * The channel a new touchpoint of a stage most likely uses: the stage's most common channel (the
 * earliest card's on a tie), or the web when the stage is empty.
 */
export function commonChannel(touchpoints: readonly { channel: string }[], fallback = 'web'): string {
  const counts = new Map<string, number>();
  let best = fallback;
  let bestCount = 0;
  for (const { channel } of touchpoints) {
    const n = (counts.get(channel) ?? 0) + 1;
    counts.set(channel, n);
    if (n > bestCount) {
      best = channel;
      bestCount = n;
    }
  }
  return best;
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/**
 * A service level in the largest whole unit people say it in: 1440 → 1 day, 90 → 90 min,
 * 120 → 2 h, 2880 → 2 days. A value that is not a whole number of hours stays in minutes.
 */
export function slaDuration(minutes: number): { value: number; unit: DurationUnit } {
  if (minutes >= 1440 && minutes % 1440 === 0) return { value: minutes / 1440, unit: 'days' };
  if (minutes >= 60 && minutes % 60 === 0) return { value: minutes / 60, unit: 'hours' };
  return { value: minutes, unit: 'minutes' };
}
