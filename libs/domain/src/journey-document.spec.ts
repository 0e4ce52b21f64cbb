import { diffJourneyDocuments, movedItems, stripIds, type JourneyDocument, type TouchpointDocument } from './journey-document';
import { validateJourneyDocument } from './journey-document.validation';
import { documentDefaults, TOUCHPOINT_FIELDS } from './journey-fields';

const tp = (id: string, extra: Partial<TouchpointDocument> = {}): TouchpointDocument => ({
  ...(documentDefaults(TOUCHPOINT_FIELDS) as Omit<TouchpointDocument, 'painPoints' | 'opportunities'>),
  id,
  name: id,
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

  it('names each pain point and opportunity added, retitled or removed, with its touchpoint', () => {
    const pain = (id: string, title: string) => ({ id, title, description: '', severity: 3, source: 'manual', evidenceCount: 0 }) as TouchpointDocument['painPoints'][number];
    const opp = (id: string, title: string) => ({ id, title, description: '' }) as TouchpointDocument['opportunities'][number];
    const before = doc([['s1', [tp('报修', { painPoints: [pain('p1', '等太久'), pain('p2', '收费乱')] }), tp('回访', { opportunities: [opp('o1', '短信提醒')] })]]]);
    const after = doc([['s1', [tp('报修', { painPoints: [pain('p2', '费用不透明'), pain('p3', '电话打不通')] })]]]);
    const d = diffJourneyDocuments(before, after);
    expect(d.insights).toEqual([
      { entity: 'painPoint', kind: 'changed', id: 'p2', title: '费用不透明', before: '收费乱', touchpointName: '报修' },
      { entity: 'painPoint', kind: 'added', id: 'p3', title: '电话打不通', touchpointName: '报修' },
      { entity: 'painPoint', kind: 'removed', id: 'p1', title: '等太久', touchpointName: '报修' },
      { entity: 'opportunity', kind: 'removed', id: 'o1', title: '短信提醒', touchpointName: '回访' },
    ]);
    expect([d.painPointsAdded, d.painPointsRemoved, d.opportunitiesRemoved]).toEqual([1, 1, 1]);
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
    const bad = stripIds(doc([['s1', [tp('t1', { emotion: 5, channel: 'pigeon' as never })]]]));
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

  it('accepts UUID ids used once and names every id that is not a UUID or is used twice', () => {
    const a = '0b7e6c1e-3f0e-4c5b-9a51-2f1f6f0f9a01';
    const b = '0b7e6c1e-3f0e-4c5b-9a51-2f1f6f0f9a02';
    expect(validateJourneyDocument(doc([[a, [tp(b)]]]))).toEqual([]);
    expect(validateJourneyDocument(doc([['stage-1', [tp(a)]], [a.toUpperCase(), [tp(b, { painPoints: [{ id: 42 as never, title: 'P', description: '', severity: 3, source: 'manual', evidenceCount: 0 }] })]]]))).toEqual([
      { field: 'journey.stages[0].id', message: 'must be a UUID' },
      { field: 'journey.stages[1].id', message: 'is used twice in the document' },
      { field: 'journey.stages[1].touchpoints[0].painPoints[0].id', message: 'must be a UUID' },
    ]);
  });

  it('caps the persona lists in count and item length, and device/region like the map editor', () => {
    const base = stripIds(doc([['s1', [tp('t1', { device: 'x'.repeat(101) })]]]));
    const persona = { name: 'P', description: '', goals: Array.from({ length: 21 }, () => 'g'), needs: ['n'.repeat(501)], frustrations: 'none' as never, segmentKey: null };
    expect(validateJourneyDocument({ ...base, journey: { ...base.journey, persona } })).toEqual([
      { field: 'journey.persona.goals', message: 'must have at most 20 items' },
      { field: 'journey.persona.needs[0]', message: 'must be at most 500 characters' },
      { field: 'journey.persona.frustrations', message: 'must be a list' },
      { field: 'journey.stages[0].touchpoints[0].device', message: 'must be at most 100 characters' },
    ]);
  });
});
