import { conditionOf, rowsOf } from './rule-condition';

describe('rule condition builder', () => {
  it('turns rows into the API condition', () => {
    expect(conditionOf([], 'all')).toBeNull();
    expect(conditionOf([{ metric: 'nps', op: 'lte', value: 6 }], 'any')).toEqual({ metric: 'nps', op: 'lte', value: 6 });
    expect(conditionOf([{ metric: 'nps', op: 'lte', value: 6 }, { metric: 'csat', op: 'lte', value: 2 }], 'any')).toEqual({
      any: [{ metric: 'nps', op: 'lte', value: 6 }, { metric: 'csat', op: 'lte', value: 2 }],
    });
  });
  it('reads stored conditions back, and refuses deeper nesting', () => {
    expect(rowsOf({ metric: 'first_visit_fixed', op: 'eq', value: 0 })).toEqual({ rows: [{ metric: 'first_visit_fixed', op: 'eq', value: 0 }], join: 'all' });
    expect(rowsOf({ any: [{ metric: 'nps', op: 'lte', value: 6 }] })).toEqual({ rows: [{ metric: 'nps', op: 'lte', value: 6 }], join: 'any' });
    expect(rowsOf({ all: [{ any: [{ metric: 'nps', op: 'lte', value: 6 }] }] })).toBeNull();
    expect(rowsOf(null)).toEqual({ rows: [], join: 'all' });
  });
});
