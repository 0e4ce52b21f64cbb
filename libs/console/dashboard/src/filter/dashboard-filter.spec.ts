import { addDays, effectiveSegment, filterFromSearch, filterToSearch } from './dashboard-filter';

describe('dashboard filter in the URL', () => {
  const today = '2026-12-06';

  it('round-trips every filter', () => {
    const filter = { from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH' as const, segment: 'VIP', siteId: '6f1c2a1e-0000-4000-8000-000000000001' };
    expect(filterFromSearch(filterToSearch(filter), today)).toEqual(filter);
    expect(filterToSearch(filter).toString()).toBe('from=2026-01-01&to=2026-03-31&granularity=MONTH&segment=VIP&site=6f1c2a1e-0000-4000-8000-000000000001');
  });

  it('falls back to the last 90 days by week for a malformed or empty URL', () => {
    const fallback = { from: '2026-09-08', to: today, granularity: 'WEEK' };
    expect(addDays(today, -89)).toBe('2026-09-08');
    expect(filterFromSearch(new URLSearchParams(''), today)).toEqual(fallback);
    expect(filterFromSearch(new URLSearchParams('from=2026-02-30&to=2026-03-01&granularity=YEAR&site=x'), today)).toEqual(fallback);
    // from after to is not a window
    expect(filterFromSearch(new URLSearchParams('from=2026-05-01&to=2026-04-01'), today)).toEqual(fallback);
  });

  it('keeps the persona and the two compared segments in the URL', () => {
    const persona = '6f1c2a1e-0000-4000-8000-000000000002';
    const filter = { from: '2026-01-01', to: '2026-03-31', granularity: 'WEEK' as const, personaId: persona, compareA: 'VIP', compareB: '' };
    expect(filterToSearch(filter).toString()).toBe(`from=2026-01-01&to=2026-03-31&granularity=WEEK&persona=${persona}&compareA=VIP&compareB=`);
    expect(filterFromSearch(filterToSearch(filter), today)).toEqual(filter);
    // A segment compared with itself is not a comparison; a persona that is not an id is ignored.
    expect(filterFromSearch(new URLSearchParams('compareA=VIP&compareB=VIP&persona=abc'), today)).toEqual({ from: '2026-09-08', to: today, granularity: 'WEEK' });
  });

  it('cuts by the persona’s segment key when a persona with one is chosen', () => {
    const personas = [{ id: 'p1', segmentKey: 'owner-new' }, { id: 'p2', segmentKey: null }];
    const base = { from: '2026-01-01', to: '2026-01-31', granularity: 'WEEK' as const, segment: 'VIP' };
    expect(effectiveSegment({ ...base, personaId: 'p1' }, personas)).toBe('owner-new');
    expect(effectiveSegment({ ...base, personaId: 'p2' }, personas)).toBe('VIP');
    expect(effectiveSegment(base, personas)).toBe('VIP');
  });
});
