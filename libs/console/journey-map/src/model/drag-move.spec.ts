import { applyStageMove, applyTouchpointMove, dropSide, stageMoveInput, stageOrder, touchpointMoveInput, type StageOrder } from './drag-move';
import type { JourneyMap, MapTouchpoint } from './types';
import { touchpointFixture } from './map-fixtures';

const stages: StageOrder[] = [
  { id: 'A', touchpointIds: ['a0', 'a1', 'a2'] },
  { id: 'B', touchpointIds: ['b0'] },
  { id: 'C', touchpointIds: [] },
];

describe('dropSide', () => {
  it('is before when the dragged centre is in the left half of the card under it', () => {
    expect(dropSide(140, { left: 100, width: 200 })).toBe('before');
    expect(dropSide(200, { left: 100, width: 200 })).toBe('after');
    expect(dropSide(290, { left: 100, width: 200 })).toBe('after');
  });
});

describe('touchpointMoveInput', () => {
  it('moves right inside a stage to the final index (its own slot discounted)', () => {
    expect(touchpointMoveInput(stages, 'a0', { kind: 'touchpoint', touchpointId: 'a2', side: 'after' })).toEqual({ id: 'a0', toStageId: 'A', toPosition: 2 });
    expect(touchpointMoveInput(stages, 'a0', { kind: 'touchpoint', touchpointId: 'a2', side: 'before' })).toEqual({ id: 'a0', toStageId: 'A', toPosition: 1 });
  });

  it('moves left inside a stage', () => {
    expect(touchpointMoveInput(stages, 'a2', { kind: 'touchpoint', touchpointId: 'a0', side: 'before' })).toEqual({ id: 'a2', toStageId: 'A', toPosition: 0 });
    expect(touchpointMoveInput(stages, 'a2', { kind: 'touchpoint', touchpointId: 'a0', side: 'after' })).toEqual({ id: 'a2', toStageId: 'A', toPosition: 1 });
  });

  it('returns null when the card would land where it is', () => {
    expect(touchpointMoveInput(stages, 'a1', { kind: 'touchpoint', touchpointId: 'a0', side: 'after' })).toBeNull();
    expect(touchpointMoveInput(stages, 'a1', { kind: 'touchpoint', touchpointId: 'a2', side: 'before' })).toBeNull();
    expect(touchpointMoveInput(stages, 'a1', { kind: 'touchpoint', touchpointId: 'a1', side: 'after' })).toBeNull();
    expect(touchpointMoveInput(stages, 'a2', { kind: 'stage', stageId: 'A' })).toBeNull();
  });

  it('moves to another stage at the insertion index', () => {
    expect(touchpointMoveInput(stages, 'a1', { kind: 'touchpoint', touchpointId: 'b0', side: 'before' })).toEqual({ id: 'a1', toStageId: 'B', toPosition: 0 });
    expect(touchpointMoveInput(stages, 'a1', { kind: 'touchpoint', touchpointId: 'b0', side: 'after' })).toEqual({ id: 'a1', toStageId: 'B', toPosition: 1 });
  });

  it('drops into an empty stage, or at the end of a stage', () => {
    expect(touchpointMoveInput(stages, 'b0', { kind: 'stage', stageId: 'C' })).toEqual({ id: 'b0', toStageId: 'C', toPosition: 0 });
    expect(touchpointMoveInput(stages, 'b0', { kind: 'stage', stageId: 'A' })).toEqual({ id: 'b0', toStageId: 'A', toPosition: 3 });
    expect(touchpointMoveInput(stages, 'a0', { kind: 'stage', stageId: 'A' })).toEqual({ id: 'a0', toStageId: 'A', toPosition: 2 });
  });

  it('ignores unknown cards and stages', () => {
    expect(touchpointMoveInput(stages, 'zz', { kind: 'stage', stageId: 'A' })).toBeNull();
    expect(touchpointMoveInput(stages, 'a0', { kind: 'stage', stageId: 'Z' })).toBeNull();
    expect(touchpointMoveInput(stages, 'a0', { kind: 'touchpoint', touchpointId: 'zz', side: 'before' })).toBeNull();
  });
});

describe('stageMoveInput', () => {
  const ids = ['A', 'B', 'C', 'D'];
  it('gives the final index of the moved stage', () => {
    expect(stageMoveInput(ids, 'A', 'C', 'after')).toEqual({ id: 'A', toPosition: 2 });
    expect(stageMoveInput(ids, 'A', 'D', 'after')).toEqual({ id: 'A', toPosition: 3 });
    expect(stageMoveInput(ids, 'D', 'A', 'before')).toEqual({ id: 'D', toPosition: 0 });
    expect(stageMoveInput(ids, 'D', 'B', 'after')).toEqual({ id: 'D', toPosition: 2 });
  });
  it('returns null for a drop in place', () => {
    expect(stageMoveInput(ids, 'B', 'A', 'after')).toBeNull();
    expect(stageMoveInput(ids, 'B', 'C', 'before')).toBeNull();
    expect(stageMoveInput(ids, 'B', 'B', 'before')).toBeNull();
    expect(stageMoveInput(ids, 'X', 'B', 'before')).toBeNull();
  });
});

const tp = (id: string, stageId: string, position: number): MapTouchpoint => touchpointFixture(id, stageId, position);

function journey(): JourneyMap {
  return {
    id: 'j', name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', version: 1, revision: 1, updatedAt: '2026-01-01T00:00:00Z', customLanes: [], personas: [], futureStateJourneyIds: [],
    stages: stages.map((s, position) => ({ id: s.id, name: s.id, description: '', position, version: 1, touchpoints: s.touchpointIds.map((id, i) => tp(id, s.id, i)) })),
  };
}

describe('optimistic moves', () => {
  it('moves a touchpoint to another stage and renumbers both stages densely', () => {
    const before = journey();
    const after = applyTouchpointMove(before, { id: 'a0', toStageId: 'B', toPosition: 1 });
    expect(stageOrder(after)).toEqual([
      { id: 'A', touchpointIds: ['a1', 'a2'] },
      { id: 'B', touchpointIds: ['b0', 'a0'] },
      { id: 'C', touchpointIds: [] },
    ]);
    expect(after.stages[0]!.touchpoints.map((t) => t.position)).toEqual([0, 1]);
    expect(after.stages[1]!.touchpoints.map((t) => [t.stageId, t.position])).toEqual([
      ['B', 0],
      ['B', 1],
    ]);
    // Untouched stages and cards keep their identity (memoised columns do not re-render).
    expect(after.stages[2]).toBe(before.stages[2]);
    expect(after.stages[1]!.touchpoints[0]).toBe(before.stages[1]!.touchpoints[0]);
  });

  it('reorders inside a stage', () => {
    const after = applyTouchpointMove(journey(), { id: 'a0', toStageId: 'A', toPosition: 2 });
    expect(stageOrder(after)[0]!.touchpointIds).toEqual(['a1', 'a2', 'a0']);
    expect(after.stages[0]!.touchpoints.map((t) => t.position)).toEqual([0, 1, 2]);
  });

  it('moves a stage', () => {
    const after = applyStageMove(journey(), { id: 'C', toPosition: 0 });
    expect(after.stages.map((s) => [s.id, s.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
  });

  it('leaves the map alone for unknown ids', () => {
    const j = journey();
    expect(applyTouchpointMove(j, { id: 'nope', toStageId: 'A', toPosition: 0 })).toBe(j);
    expect(applyStageMove(j, { id: 'nope', toPosition: 0 })).toBe(j);
  });
});
