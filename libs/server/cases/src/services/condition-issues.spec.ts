import { conditionIssues } from './follow-up-rule.service';

describe('conditionIssues', () => {
  it('accepts a comparison and nested groups', () => {
    expect(conditionIssues({ any: [{ metric: 'nps', op: 'lte', value: 6 }, { all: [{ metric: 'csat', op: 'lte', value: 2 }] }] }, 'condition')).toEqual([]);
  });
  it('names the bad part of a condition', () => {
    expect(conditionIssues({ metric: 'nps', op: 'le', value: '6' }, 'condition').map((i) => i.field)).toEqual(['condition.op', 'condition.value']);
    expect(conditionIssues({ metric: 'nps', op: 'lte', value: 6, journey: {} }, 'condition').map((i) => i.field)).toEqual(['condition.journey']);
    expect(conditionIssues({ any: [] }, 'condition').map((i) => i.field)).toEqual(['condition.any']);
    expect(conditionIssues(42, 'condition').map((i) => i.field)).toEqual(['condition']);
  });
});
