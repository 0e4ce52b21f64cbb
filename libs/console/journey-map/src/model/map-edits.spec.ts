import { commonChannel, findStage, findTouchpoint, neighbourMove, patchStage, patchTouchpoint, slaDuration } from './map-edits';
import type { JourneyMap, MapTouchpoint } from './types';
import { touchpointFixture } from './map-fixtures';

const tp = (id: string, stageId: string, position: number): MapTouchpoint => touchpointFixture(id, stageId, position);

const journey: JourneyMap = {
  id: 'j', name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', version: 1, revision: 1, updatedAt: '', customLanes: [], personas: [], futureStateJourneyIds: [],
  stages: [
    { id: 'A', name: 'A', description: '', position: 0, version: 1, touchpoints: [tp('a0', 'A', 0), tp('a1', 'A', 1)] },
    { id: 'B', name: 'B', description: '', position: 1, version: 1, touchpoints: [] },
    { id: 'C', name: 'C', description: '', position: 2, version: 1, touchpoints: [tp('c0', 'C', 0)] },
  ],
};
const order = journey.stages.map((s) => ({ id: s.id, touchpointIds: s.touchpoints.map((t) => t.id) }));

describe('map edits', () => {
  it('finds touchpoints and stages', () => {
    expect(findTouchpoint(journey, 'c0')?.stageId).toBe('C');
    expect(findTouchpoint(journey, 'zz')).toBeUndefined();
    expect(findStage(journey, 'B')?.name).toBe('B');
  });

  it('patches one touchpoint and keeps everything else shared', () => {
    const out = patchTouchpoint(journey, 'a1', { emotion: -3, momentOfTruth: true });
    expect(findTouchpoint(out, 'a1')).toMatchObject({ emotion: -3, momentOfTruth: true, version: 1 });
    expect(out.stages[0]!.touchpoints[0]).toBe(journey.stages[0]!.touchpoints[0]);
    expect(out.stages[2]).toBe(journey.stages[2]);
    expect(patchTouchpoint(journey, 'zz', { emotion: 1 })).toBe(journey);
  });

  it('patches a stage', () => {
    expect(patchStage(journey, 'B', { name: '使用' }).stages[1]!.name).toBe('使用');
    expect(patchStage(journey, 'Z', { name: 'x' })).toBe(journey);
  });

  it('moves one step left or right in map order, across (empty) stages', () => {
    expect(neighbourMove(order, 'a1', 'left')).toEqual({ id: 'a1', toStageId: 'A', toPosition: 0 });
    expect(neighbourMove(order, 'a0', 'right')).toEqual({ id: 'a0', toStageId: 'A', toPosition: 1 });
    expect(neighbourMove(order, 'a1', 'right')).toEqual({ id: 'a1', toStageId: 'B', toPosition: 0 });
    expect(neighbourMove(order, 'c0', 'left')).toEqual({ id: 'c0', toStageId: 'B', toPosition: 0 });
    expect(neighbourMove(order, 'a0', 'left')).toBeNull();
    expect(neighbourMove(order, 'c0', 'right')).toBeNull();
    expect(neighbourMove(order, 'zz', 'right')).toBeNull();
  });
});

describe('commonChannel', () => {
  it('picks the channel most cards of the stage use, the earliest on a tie, the web for an empty stage', () => {
    expect(commonChannel([{ channel: 'phone' }, { channel: 'wechat' }, { channel: 'wechat' }])).toBe('wechat');
    expect(commonChannel([{ channel: 'app' }, { channel: 'phone' }])).toBe('app');
    expect(commonChannel([])).toBe('web');
  });
});

describe('slaDuration', () => {
  it.each([
    [30, 30, 'minutes'],
    [90, 90, 'minutes'],
    [60, 1, 'hours'],
    [240, 4, 'hours'],
    [1440, 1, 'days'],
    [4320, 3, 'days'],
    [1500, 25, 'hours'],
  ])('%i minutes read as %i %s', (minutes, value, unit) => {
    expect(slaDuration(minutes)).toEqual({ value, unit });
  });
});
