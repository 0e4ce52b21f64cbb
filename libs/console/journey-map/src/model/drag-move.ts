import type { MoveStageInput, MoveTouchpointInput } from '@opencx/console-graphql';
import type { JourneyMap } from './types';

export type DropSide = 'before' | 'after';

/** Where a dragged touchpoint was let go: beside another card, or in a stage's empty slot. */
export type TouchpointDropTarget = { kind: 'touchpoint'; touchpointId: string; side: DropSide } | { kind: 'stage'; stageId: string };

export interface StageOrder {
  id: string;
  touchpointIds: readonly string[];
}

export function stageOrder(journey: Pick<JourneyMap, 'stages'>): StageOrder[] {
  return journey.stages.map((s) => ({ id: s.id, touchpointIds: s.touchpoints.map((t) => t.id) }));
}

/** Before or after the card under the pointer: which half of it the dragged card's centre is in. */
export function dropSide(draggedCenterX: number, over: { left: number; width: number }): DropSide {
  return draggedCenterX < over.left + over.width / 2 ? 'before' : 'after';
}

/**
 * The moveTouchpoint input for a drop, or null when the card would stay where it is.
 * The API's `toPosition` is the card's final index in the target stage (positions stay dense),
 * so inside one stage the card's own slot is discounted when it moves to the right.
 */
export function touchpointMoveInput(stages: readonly StageOrder[], activeId: string, target: TouchpointDropTarget): MoveTouchpointInput | null {
  const from = stages.find((s) => s.touchpointIds.includes(activeId));
  if (!from) return null;
  const fromIndex = from.touchpointIds.indexOf(activeId);

  let toStage: StageOrder | undefined;
  let insertAt: number;
  if (target.kind === 'stage') {
    toStage = stages.find((s) => s.id === target.stageId);
    if (!toStage) return null;
    insertAt = toStage.touchpointIds.length;
  } else {
    if (target.touchpointId === activeId) return null;
    toStage = stages.find((s) => s.touchpointIds.includes(target.touchpointId));
    if (!toStage) return null;
    insertAt = toStage.touchpointIds.indexOf(target.touchpointId) + (target.side === 'after' ? 1 : 0);
  }

  if (toStage.id === from.id) {
    const toPosition = insertAt > fromIndex ? insertAt - 1 : insertAt;
    return toPosition === fromIndex ? null : { id: activeId, toStageId: toStage.id, toPosition };
  }
  return { id: activeId, toStageId: toStage.id, toPosition: insertAt };
}

/** The moveStage input for dropping stage `activeId` beside stage `overId`, or null for no move. */
export function stageMoveInput(stageIds: readonly string[], activeId: string, overId: string, side: DropSide): MoveStageInput | null {
  const fromIndex = stageIds.indexOf(activeId);
  const overIndex = stageIds.indexOf(overId);
  if (fromIndex < 0 || overIndex < 0 || activeId === overId) return null;
  const insertAt = overIndex + (side === 'after' ? 1 : 0);
  const toPosition = insertAt > fromIndex ? insertAt - 1 : insertAt;
  return toPosition === fromIndex ? null : { id: activeId, toPosition };
}

function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item as T);
  return copy;
}

/** The map as it will look after a touchpoint move: shown at once, replaced by the server's answer. */
export function applyTouchpointMove(journey: JourneyMap, input: MoveTouchpointInput): JourneyMap {
  const fromStage = journey.stages.find((s) => s.touchpoints.some((t) => t.id === input.id));
  const toStage = journey.stages.find((s) => s.id === input.toStageId);
  if (!fromStage || !toStage) return journey;
  const tp = fromStage.touchpoints.find((t) => t.id === input.id);
  if (!tp) return journey;
  const renumber = (list: typeof tp[]) => list.map((t, position) => (t.position === position && t.stageId === toStage.id ? t : { ...t, position }));
  return {
    ...journey,
    stages: journey.stages.map((stage) => {
      if (stage.id === fromStage.id && stage.id === toStage.id) {
        const from = stage.touchpoints.indexOf(tp);
        return { ...stage, touchpoints: moveItem(stage.touchpoints, from, input.toPosition).map((t, position) => (t.position === position ? t : { ...t, position })) };
      }
      if (stage.id === fromStage.id) return { ...stage, touchpoints: stage.touchpoints.filter((t) => t !== tp).map((t, position) => (t.position === position ? t : { ...t, position })) };
      if (stage.id === toStage.id) {
        const list = stage.touchpoints.slice();
        list.splice(Math.max(0, Math.min(input.toPosition, list.length)), 0, { ...tp, stageId: toStage.id });
        return { ...stage, touchpoints: renumber(list) };
      }
      return stage;
    }),
  };
}

export function applyStageMove(journey: JourneyMap, input: MoveStageInput): JourneyMap {
  const from = journey.stages.findIndex((s) => s.id === input.id);
  if (from < 0) return journey;
  return { ...journey, stages: moveItem(journey.stages, from, input.toPosition).map((s, position) => (s.position === position ? s : { ...s, position })) };
}
