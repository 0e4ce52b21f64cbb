import { caseRecovered } from './case-recovery';

describe('caseRecovered', () => {
  it('counts a detractor who answers 7 or more as recovered, 6 or less as not', () => {
    expect(caseRecovered({ nps: 3, csat: null }, { nps: 7, csat: null })).toBe(true);
    expect(caseRecovered({ nps: 6, csat: 2 }, { nps: 10, csat: null })).toBe(true);
    expect(caseRecovered({ nps: 0, csat: null }, { nps: 6, csat: 5 })).toBe(false);
  });
  it('uses CSAT only for cases opened without an NPS', () => {
    expect(caseRecovered({ nps: null, csat: 2 }, { nps: null, csat: 4 })).toBe(true);
    expect(caseRecovered({ nps: null, csat: 3 }, { nps: null, csat: 3 })).toBe(false);
  });
  it('leaves out cases whose customer was not unhappy, or whose re-survey did not ask the score', () => {
    expect(caseRecovered({ nps: 8, csat: null }, { nps: 9, csat: null })).toBeNull();
    expect(caseRecovered({ nps: 4, csat: null }, { nps: null, csat: 5 })).toBeNull();
    expect(caseRecovered({ nps: null, csat: 4 }, { nps: null, csat: 5 })).toBeNull();
  });
});
