import { BATCH_ROWS, DIP, KEY_DRIVER_CUSTOMERS, KEY_DRIVER_DAYS, PROPERTY_SITES, demoFeedback, dipDepth, type DemoJourney } from './demo-feedback';

const journeys: DemoJourney[] = [
  {
    templateKey: 'property-services/repair-request',
    touchpoints: [
      { id: 'tp-report', emotion: -1, metrics: [{ key: 'csat', kind: 'csat' }], slaMinutes: 15 },
      { id: 'tp-response', emotion: 1, metrics: [{ key: 'repair_response_time', kind: 'duration' }, { key: 'csat', kind: 'csat' }], slaMinutes: 30 },
    ],
  },
  { templateKey: 'retail/online-shopper', touchpoints: [{ id: 'tp-checkout', emotion: -2, metrics: [{ key: 'nps', kind: 'nps' }], slaMinutes: null }] },
];
const LAST = '2026-11-27';
const batches = demoFeedback(journeys, LAST);
const responses = batches.flatMap((b) => b.responses);
const observations = batches.flatMap((b) => b.observations);
const daysAgo = (iso: string) => Math.floor((Date.parse(`${LAST}T23:59:59Z`) - Date.parse(iso)) / 86400000);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('demo feedback year', () => {
  it('is the same on every run, in batches of at most 1,000 rows with unique external ids', () => {
    expect(demoFeedback(journeys, LAST)).toEqual(batches);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((b) => b.responses.length + b.observations.length <= BATCH_ROWS)).toBe(true);
    const ids = [...responses, ...observations].map((r) => r.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    // External ids do not depend on the day it is generated: a later re-send adds nothing new.
    const later = demoFeedback(journeys, '2027-01-15').flatMap((b) => b.responses.map((r) => r.externalId));
    expect(later).toEqual(responses.map((r) => r.externalId));
  });

  it('spans a year, over several sites, with comments in Chinese and English', () => {
    const ages = responses.map((r) => daysAgo(r.occurredAt));
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBe(364);
    // Forty estates of very different volumes (Zipf): the largest answers far more often than the smallest.
    const perSite = new Map<string, number>();
    for (const r of responses.filter((x) => PROPERTY_SITES.some((s) => s.code === x.site))) perSite.set(r.site as string, (perSite.get(r.site as string) ?? 0) + 1);
    expect(PROPERTY_SITES).toHaveLength(40);
    expect(perSite.size).toBe(40);
    expect(Math.max(...perSite.values())).toBeGreaterThan(15 * Math.min(...perSite.values()));
    expect(new Set(responses.filter((r) => r.touchpointId === 'tp-checkout').map((r) => r.site)).size).toBe(3);
    const languages = new Set(responses.filter((r) => r.comment).map((r) => r.language));
    expect([...languages].sort()).toEqual(['en', 'zh']);
    expect(responses.filter((r) => r.touchpointId === 'tp-checkout').every((r) => r.nps !== undefined)).toBe(true);
  });

  it('dips and recovers on the repair response touchpoint, in scores and in response minutes', () => {
    expect(dipDepth(DIP.from + 1)).toBe(0);
    expect(dipDepth((DIP.from + DIP.to) / 2)).toBe(1);
    const window = (lo: number, hi: number) => (r: { occurredAt: string }) => daysAgo(r.occurredAt) >= lo && daysAgo(r.occurredAt) <= hi;
    const csatOf = (id: string, lo: number, hi: number) => mean(responses.filter((r) => r.touchpointId === id && window(lo, hi)(r)).map((r) => r.csat as number));
    const midLo = 180;
    const midHi = 210;
    const before = csatOf('tp-response', 260, 364);
    const during = csatOf('tp-response', midLo, midHi);
    const after = csatOf('tp-response', 0, 120);
    expect(before - during).toBeGreaterThan(1);
    expect(after - during).toBeGreaterThan(1);
    // The other touchpoint has no dip.
    expect(Math.abs(csatOf('tp-report', 260, 364) - csatOf('tp-report', midLo, midHi))).toBeLessThan(0.5);
    const minutes = (lo: number, hi: number) => mean(observations.filter((o) => o.metric === 'repair_response_time' && window(lo, hi)(o)).map((o) => o.value));
    expect(minutes(midLo, midHi)).toBeGreaterThan(2 * minutes(0, 120));
  });

  it('plants a key driver among linked customers of a full repair journey (≥ 50 complete cases)', () => {
    const csat = [{ key: 'csat', kind: 'csat' }];
    const full: DemoJourney[] = [
      {
        templateKey: 'property-services/repair-request',
        touchpoints: [
          { id: 'tp-a', emotion: 0, metrics: csat, slaMinutes: null },
          { id: 'tp-resp', emotion: 1, metrics: [{ key: 'repair_response_time', kind: 'duration' }, ...csat], slaMinutes: 30 },
          { id: 'tp-b', emotion: 0, metrics: csat, slaMinutes: null },
          { id: 'tp-c', emotion: 0, metrics: csat, slaMinutes: null },
          { id: 'tp-close', emotion: 2, metrics: [{ key: 'nps', kind: 'nps' }], slaMinutes: null },
        ],
      },
    ];
    const linked = demoFeedback(full, LAST).flatMap((b) => b.responses).filter((r) => r.customerRef !== undefined);
    const customers = new Set(linked.map((r) => r.customerRef));
    expect(customers.size).toBe(KEY_DRIVER_CUSTOMERS);
    expect(linked.every((r) => daysAgo(r.occurredAt) >= 0 && daysAgo(r.occurredAt) <= KEY_DRIVER_DAYS)).toBe(true);
    // Complete cases: every customer rated the three drivers and gave the journey NPS at its last touchpoint.
    const by = (tp: string) => new Map(linked.filter((r) => r.touchpointId === tp).map((r) => [r.customerRef, tp === 'tp-close' ? r.nps : r.csat]));
    const outcome = by('tp-close');
    const drivers = ['tp-resp', 'tp-a', 'tp-b'].map(by);
    const complete = [...outcome.keys()].filter((c) => drivers.every((d) => d.has(c)));
    expect(complete.length).toBeGreaterThanOrEqual(50);
    expect(by('tp-c').size).toBe(0);
    // Pearson r of each driver with the outcome, computed here: the response touchpoint drives NPS, tp-b does not.
    const pearson = (x: number[], y: number[]) => {
      const mx = mean(x);
      const my = mean(y);
      const sxy = x.reduce((a, v, i) => a + (v - mx) * (y[i] - my), 0);
      const sxx = x.reduce((a, v) => a + (v - mx) ** 2, 0);
      const syy = y.reduce((a, v) => a + (v - my) ** 2, 0);
      return sxy / Math.sqrt(sxx * syy);
    };
    const y = complete.map((c) => outcome.get(c) as number);
    const r = drivers.map((d) => pearson(complete.map((c) => d.get(c) as number), y));
    expect(r[0]).toBeGreaterThan(0.8);
    expect(r[0]).toBeGreaterThan(r[1]);
    expect(Math.abs(r[2])).toBeLessThan(0.3);
    // Below the CSAT target: at most about 40 % of the planted driver's answers are 4 or 5.
    const satisfied = complete.filter((c) => (drivers[0].get(c) as number) >= 4).length / complete.length;
    expect(satisfied).toBeLessThan(0.55);
  });
});

