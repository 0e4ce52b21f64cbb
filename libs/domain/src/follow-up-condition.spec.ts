import { evaluateFollowUpCondition, followUpConditionMetrics } from './follow-up-condition';
import type { FollowUpCondition } from './follow-up-condition';

const detractor: FollowUpCondition = { metric: 'nps', op: 'lte', value: 6 };
const notFixed: FollowUpCondition = { metric: 'first_time_fix', op: 'eq', value: 0 };

describe('evaluateFollowUpCondition', () => {
  it.each([
    [0, true],
    [6, true],
    [7, false],
    [10, false],
  ])('nps ≤ 6 with a score of %i → %s', (nps, expected) => {
    expect(evaluateFollowUpCondition(detractor, { nps })).toBe(expected);
  });

  it.each([
    ['lt', 3, false],
    ['lte', 3, true],
    ['eq', 3, true],
    ['neq', 3, false],
    ['gte', 3, true],
    ['gt', 3, false],
  ] as const)('%s 3 against a score of 3 → %s', (op, value, expected) => {
    expect(evaluateFollowUpCondition({ metric: 'csat', op, value }, { csat: 3 })).toBe(expected);
  });

  it('never fires on a blank score', () => {
    expect(evaluateFollowUpCondition(detractor, {})).toBe(false);
    expect(evaluateFollowUpCondition(detractor, { nps: null })).toBe(false);
    expect(evaluateFollowUpCondition({ metric: 'nps', op: 'neq', value: 10 }, { nps: Number.NaN })).toBe(false);
  });

  it('fires an any-condition when one branch holds, an all-condition only when all do', () => {
    const either: FollowUpCondition = { any: [detractor, notFixed] };
    const both: FollowUpCondition = { all: [detractor, notFixed] };
    const scores = { nps: 9, first_time_fix: 0 };
    expect(evaluateFollowUpCondition(either, scores)).toBe(true);
    expect(evaluateFollowUpCondition(both, scores)).toBe(false);
    expect(evaluateFollowUpCondition(both, { nps: 3, first_time_fix: 0 })).toBe(true);
  });
});

describe('followUpConditionMetrics', () => {
  it('lists every metric a nested condition reads', () => {
    expect(followUpConditionMetrics({ any: [detractor, { all: [notFixed, { metric: 'ces', op: 'lt', value: 3 }] }] })).toEqual([
      'nps',
      'first_time_fix',
      'ces',
    ]);
  });
});
