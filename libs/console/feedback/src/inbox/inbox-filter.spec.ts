import { filterFromSearch, filterToSearch, sentimentBand, toApiFilter } from './inbox-filter';

const J = '6f1c1a52-8f44-4a43-9d55-2b0e8d0c9a11';

describe('inbox filters in the URL', () => {
  it('round-trips every filter through the query string, keeping other parameters', () => {
    const filter = { journeyId: J, scoreBand: 'NPS_DETRACTOR' as const, sentiment: 'NEGATIVE' as const, tag: '电梯', from: '2026-11-01', to: '2026-11-30', search: 'slow lift' };
    const search = filterToSearch(filter, new URLSearchParams('tab=inbox&tag=old'));
    expect(search.get('tab')).toBe('inbox');
    expect(filterFromSearch(search)).toEqual(filter);
    expect(filterToSearch({}, search).toString()).toBe('tab=inbox');
  });

  it('drops malformed values from a hand-edited URL', () => {
    expect(filterFromSearch(new URLSearchParams('journeyId=1%20OR%201&scoreBand=ALL&sentiment=happy&from=yesterday&search=%20%20'))).toEqual({});
  });

  it('turns inclusive local days into a half-open range of instants', () => {
    expect(toApiFilter({ from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' });
    expect(toApiFilter({ to: '2026-12-31' }, '+00:00').to).toBe('2027-01-01T00:00:00+00:00');
  });

  it('bands sentiment as the API filter does', () => {
    expect([-0.21, -0.2, 0, 0.2, 0.21, null].map(sentimentBand)).toEqual(['NEGATIVE', 'NEUTRAL', 'NEUTRAL', 'NEUTRAL', 'POSITIVE', null]);
  });
});
