import { applyView, isFiltered, mapCounts, mapCountsLine, viewToFilter, type MapCountsWords } from './map-view';
import type { JourneyMap, MapTouchpoint } from './types';
import { touchpointFixture } from './map-fixtures';

const tp = (id: string, patch: Partial<MapTouchpoint>): MapTouchpoint => touchpointFixture(id, 's', 0, patch);

const journey: JourneyMap = {
  id: 'j', name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', version: 1, revision: 1, updatedAt: '', customLanes: [], personas: [], futureStateJourneyIds: [],
  stages: [
    { id: 's1', name: 'S1', description: '', position: 0, version: 1, touchpoints: [tp('a', { channel: 'wechat', emotion: -2, momentOfTruth: true, painPoints: [{ id: 'p', title: 'x', description: '', severity: 3, source: 'manual', version: 1 }] }), tp('b', { channel: 'phone', ownerTeamId: 'team-1', emotion: 1 })] },
    { id: 's2', name: 'S2', description: '', position: 1, version: 1, touchpoints: [tp('c', { channel: 'phone', emotion: 2 })] },
  ],
};

const ids = (j: JourneyMap) => j.stages.map((s) => s.touchpoints.map((t) => t.id));

describe('map views', () => {
  it('map to the API touchpointFilter', () => {
    expect(viewToFilter({ kind: 'all' })).toBeUndefined();
    expect(viewToFilter({ kind: 'channel', channels: [] })).toBeUndefined();
    expect(viewToFilter({ kind: 'channel', channels: ['phone'] })).toEqual({ channels: ['phone'] });
    expect(viewToFilter({ kind: 'team', teamId: 'team-1' })).toEqual({ ownerTeamId: 'team-1' });
    expect(viewToFilter({ kind: 'team', teamId: null })).toBeUndefined();
    expect(viewToFilter({ kind: 'moments' })).toEqual({ momentsOfTruthOnly: true });
    expect(isFiltered({ kind: 'moments' })).toBe(true);
    expect(isFiltered({ kind: 'all' })).toBe(false);
  });

  it('filter a returned map the same way in the browser, keeping every stage', () => {
    expect(applyView(journey, { kind: 'all' })).toBe(journey);
    expect(ids(applyView(journey, { kind: 'channel', channels: ['phone'] }))).toEqual([['b'], ['c']]);
    expect(ids(applyView(journey, { kind: 'team', teamId: 'team-1' }))).toEqual([['b'], []]);
    expect(ids(applyView(journey, { kind: 'moments' }))).toEqual([['a'], []]);
    expect(applyView(journey, { kind: 'channel', channels: ['phone'] }).stages[1]).toBe(journey.stages[1]);
  });

  it('count what the toolbar shows', () => {
    expect(mapCounts(journey)).toEqual({ stages: 2, touchpoints: 3, painPoints: 1, momentsOfTruth: 1, averageEmotion: 0.3 });
    expect(mapCounts({ stages: [] }).averageEmotion).toBeNull();
  });

  it('word the counts line once, for the editor and the server-rendered first paint', () => {
    // A stand-in translator that shows which message was asked for with which values.
    const words: MapCountsWords = (key, values) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(',')})`;
    // 2 stages, 3 touchpoints, 1 pain point, 1 moment; emotions −2, 1, 2 average 1/3 → +0.3 (signed, rounded to one place).
    expect(mapCountsLine(journey, words)).toBe('counts(stages=2,touchpoints=3,painPoints=1,moments=1) · averageEmotion(value=+0.3)');
    // No touchpoints: no average, the line ends after the counts.
    expect(mapCountsLine({ stages: [] }, words)).toBe('counts(stages=0,touchpoints=0,painPoints=0,moments=0)');
  });
});
