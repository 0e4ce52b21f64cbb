import { diffJourneyDocuments, movedItems, stripIds, type JourneyDocument, type TouchpointDocument } from './journey-document';
import { validateJourneyDocument } from './journey-document.validation';

const tp = (id: string, extra: Partial<TouchpointDocument> = {}): TouchpointDocument => ({
  id,
  name: id,
  channel: 'web',
  customerAction: '',
  customerThought: '',
  expectation: '',
  emotion: 0,
  momentOfTruth: false,
  layer: 'front_stage',
  slaMinutes: null,
  device: null,
  region: null,
  painPoints: [],
  opportunities: [],
  ...extra,
});

const doc = (stages: [string, TouchpointDocument[]][]): JourneyDocument => ({
  format: 'opencx.journey',
  version: 1,
  journey: { name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: stages.map(([id, touchpoints]) => ({ id, name: id, description: '', touchpoints })) },
});

describe('movedItems', () => {
  it('reports only the card that moved, not the neighbours it shifted', () => {
    expect([...movedItems(['a', 'b', 'c', 'd'], ['b', 'c', 'a', 'd'])]).toEqual(['a']);
    expect([...movedItems(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual([]);
    expect([...movedItems(['a', 'b', 'c'], ['c', 'a', 'b'])]).toEqual(['c']);
  });
});

describe('diffJourneyDocuments', () => {
  it('finds added, removed, moved and changed touchpoints and stages', () => {
    const before = doc([
      ['s1', [tp('t1'), tp('t2'), tp('t3')]],
      ['s2', [tp('t4')]],
    ]);
    const after = doc([
      ['s2', [tp('t1'), tp('t4', { emotion: -2 })]],
      ['s1', [tp('t3'), tp('t2')]],
      ['s3', [tp('t5')]],
    ]);
    const d = diffJourneyDocuments(before, after);
    expect(d.stagesAdded.map((s) => s.id)).toEqual(['s3']);
    expect(d.stagesMoved.map((s) => s.id)).toEqual(['s2']);
    expect(d.touchpointsAdded.map((t) => t.id)).toEqual(['t5']);
    expect(d.touchpointsMoved.map((t) => t.id).sort()).toEqual(['t1', 't3']);
    expect(d.touchpointsChanged).toEqual([{ id: 't4', name: 't4', changes: [{ field: 'emotion', before: 0, after: -2 }] }]);
    expect(d.touchpointsRemoved).toEqual([]);
  });

  it('sees nothing between a document and itself', () => {
    const a = doc([['s1', [tp('t1')]]]);
    const d = diffJourneyDocuments(a, a);
    expect([d.stagesAdded, d.stagesMoved, d.touchpointsMoved, d.touchpointsChanged, d.journeyFields].every((x) => x.length === 0)).toBe(true);
  });
});

describe('validateJourneyDocument', () => {
  it('accepts a valid document without ids', () => {
    expect(validateJourneyDocument(stripIds(doc([['s1', [tp('t1')]]])))).toEqual([]);
  });

  it('names the path of every problem', () => {
    const bad = doc([['s1', [tp('t1', { emotion: 5, channel: 'pigeon' as never })]]]);
    expect(validateJourneyDocument(bad)).toEqual([
      { field: 'journey.stages[0].touchpoints[0].channel', message: expect.stringContaining('must be one of') },
      { field: 'journey.stages[0].touchpoints[0].emotion', message: 'must be an integer from -3 to 3' },
    ]);
    expect(validateJourneyDocument({ format: 'x' })).toEqual([
      { field: 'format', message: 'must be "opencx.journey"' },
      { field: 'version', message: 'must be 1' },
      { field: 'journey', message: 'is required' },
    ]);
  });
});
