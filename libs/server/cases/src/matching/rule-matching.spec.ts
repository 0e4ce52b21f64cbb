import { ruleMatches, type CaseSubject, type EvaluableRule } from './rule-matching';

const rule = (over: Partial<EvaluableRule>): EvaluableRule => ({
  key: 'rule:x', ruleId: 'x', name: 'r', condition: null, topics: [], keywords: [], journeyId: null, touchpointId: null, journeyIds: null,
  slaMinutes: null, slaBasis: 'business', assigneeUserId: null, assigneeTeamId: null, escalateToUserId: null, ...over,
});
const response = (over: Partial<CaseSubject>): CaseSubject => ({
  kind: 'response', id: 'r1', occurredAt: new Date(0), touchpointId: 't1', journeyId: 'j1', siteId: null, customerHash: null, scores: {}, comment: null, tags: [], ...over,
});

describe('ruleMatches', () => {
  const detractor = rule({ condition: { metric: 'nps', op: 'lte', value: 6 } });

  it('opens for a detractor (NPS ≤ 6) and not for a passive', () => {
    expect(ruleMatches(detractor, response({ scores: { nps: 6 } }))).toBe(true);
    expect(ruleMatches(detractor, response({ scores: { nps: 7 } }))).toBe(false);
    expect(ruleMatches(detractor, response({ scores: { nps: null } }))).toBe(false);
  });

  it('needs the topic and the keyword when the rule names them', () => {
    const leak = rule({ topics: ['漏水'], keywords: ['again'] });
    expect(ruleMatches(leak, response({ tags: ['漏水'], comment: 'Leaking AGAIN' }))).toBe(true);
    expect(ruleMatches(leak, response({ tags: ['漏水'], comment: 'leaking' }))).toBe(false);
    expect(ruleMatches(leak, response({ tags: ['电梯'], comment: 'again' }))).toBe(false);
  });

  it('keeps to its touchpoint, its journeys, and never matches with no criterion', () => {
    expect(ruleMatches(rule({ ...detractor, touchpointId: 't2' }), response({ scores: { nps: 1 } }))).toBe(false);
    expect(ruleMatches(rule({ ...detractor, journeyIds: new Set(['j2']) }), response({ scores: { nps: 1 } }))).toBe(false);
    expect(ruleMatches(rule({}), response({ scores: { nps: 1 } }))).toBe(false);
  });

  it('reads an observation value as a score (repair not fixed on first visit)', () => {
    const notFixed = rule({ condition: { metric: 'first_time_fix', op: 'eq', value: 0 } });
    expect(ruleMatches(notFixed, response({ kind: 'observation', scores: { first_time_fix: 0 } }))).toBe(true);
    expect(ruleMatches(notFixed, response({ kind: 'observation', scores: { first_time_fix: 1 } }))).toBe(false);
  });
});
