import { shareStructure } from './structural-sharing';

const map = () => ({
  id: 'j',
  version: 3,
  stages: [
    { id: 's1', name: 'One', touchpoints: [{ id: 't1', emotion: 0, painPoints: [{ id: 'p1', severity: 2 }] }, { id: 't2', emotion: 1, painPoints: [] }] },
    { id: 's2', name: 'Two', touchpoints: [{ id: 't3', emotion: -1, painPoints: [] }] },
  ],
});

describe('shareStructure', () => {
  it('returns the previous object when nothing changed', () => {
    const prev = map();
    expect(shareStructure(prev, map())).toBe(prev);
  });

  it('keeps unchanged touchpoints and stages, replaces only the changed path', () => {
    const prev = map();
    const next = map();
    next.stages[0]!.touchpoints[1]!.emotion = -2;
    const out = shareStructure(prev, next);
    expect(out).not.toBe(prev);
    expect(out).toEqual(next);
    expect(out.stages[1]).toBe(prev.stages[1]);
    expect(out.stages[0]).not.toBe(prev.stages[0]);
    expect(out.stages[0]!.touchpoints[0]).toBe(prev.stages[0]!.touchpoints[0]);
    expect(out.stages[0]!.touchpoints[1]).not.toBe(prev.stages[0]!.touchpoints[1]);
  });

  it('matches array items by id, so a moved card keeps its identity', () => {
    const prev = map();
    const next = map();
    const [moved] = next.stages[0]!.touchpoints.splice(0, 1);
    next.stages[1]!.touchpoints.push(moved!);
    const out = shareStructure(prev, next);
    expect(out.stages[0]!.touchpoints[0]).toBe(prev.stages[0]!.touchpoints[1]);
    // t1 moved to another stage: a different array, so it is matched within its new stage only.
    expect(out.stages[1]!.touchpoints[0]).toBe(prev.stages[1]!.touchpoints[0]);
    expect(out.stages[1]!.touchpoints[1]).toEqual(prev.stages[0]!.touchpoints[0]);
  });

  it('handles added and removed keys and items', () => {
    const prev: Record<string, unknown> = { id: 'x', a: 1, list: [1, 2] };
    expect(shareStructure(prev, { id: 'x', a: 1, list: [1, 2], b: 2 })).toEqual({ id: 'x', a: 1, list: [1, 2], b: 2 });
    const out = shareStructure(prev, { id: 'x', a: 1, list: [1] }) as typeof prev;
    expect(out.list).toEqual([1]);
    expect(shareStructure(prev, { id: 'x', list: [1, 2] })).toEqual({ id: 'x', list: [1, 2] });
    expect(shareStructure(null as unknown, { a: 1 })).toEqual({ a: 1 });
  });
});
