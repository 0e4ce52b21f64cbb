import { homeHighlights } from './home-highlights';
import { touchpointFixture } from './map-fixtures';
import type { JourneyMap, MapTouchpoint } from './types';

const tp = (id: string, extra: Partial<MapTouchpoint>): MapTouchpoint => ({ ...touchpointFixture(id, 's', 0), name: id, ...extra });
const pain = (id: string, severity: number) => ({ id, title: `痛点 ${id}`, severity }) as MapTouchpoint['painPoints'][number];
const journey = (id: string, touchpoints: MapTouchpoint[]): JourneyMap =>
  ({ id, name: `旅程 ${id}`, description: '', state: 'current', shape: 'linear', status: 'draft', version: 1, revision: 1, updatedAt: '', stages: [{ id: 's', name: '报修', description: '', position: 0, version: 1, touchpoints }] }) as unknown as JourneyMap;

describe('homeHighlights', () => {
  it('lists moments of truth worst-felt first and pain points most severe first, across journeys', () => {
    const maps = [
      journey('A', [tp('a1', { momentOfTruth: true, emotion: 1, painPoints: [pain('p1', 3), pain('p2', 5)] }), tp('a2', { momentOfTruth: false, emotion: -3, painPoints: [pain('p3', 1)] })]),
      journey('B', [tp('b1', { momentOfTruth: true, emotion: -2, painPoints: [pain('p4', 5), pain('p5', 4)] })]),
    ];
    const { moments, pains } = homeHighlights(maps, 3);
    expect(moments.map((m) => [m.name, m.journeyName, m.stageName])).toEqual([
      ['b1', '旅程 B', '报修'],
      ['a1', '旅程 A', '报修'],
    ]);
    // Severity 5 twice: journey A (listed first) before B; then 4; the 3 and 1 fall past the limit.
    expect(pains.map((p) => [p.id, p.severity, p.touchpointName])).toEqual([
      ['p2', 5, 'a1'],
      ['p4', 5, 'b1'],
      ['p5', 4, 'b1'],
    ]);
  });

  it('is empty for maps without moments or pain points', () => {
    expect(homeHighlights([journey('C', [tp('c1', { momentOfTruth: false, painPoints: [] })])])).toEqual({ moments: [], pains: [] });
  });
});
