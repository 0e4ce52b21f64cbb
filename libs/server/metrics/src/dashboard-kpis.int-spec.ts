import { DURATION_BUCKET_LOWER_BOUNDS, normalCdf } from '@opencx/domain';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * What the journey dashboard adds to the KPI trends, through the real API on real PostgreSQL:
 * operational metrics beside the survey ones (repair response time's p90 and share within SLA,
 * next to the same touchpoint's CSAT) and two segments side by side with the test of their
 * difference. Expected figures are computed here from the values planted.
 */
let api: TestApi;
let ws: TestWorkspace;
let viewer: TestUser;
let token = '';
let journeyId = '';
let slaTouchpoint = '';
let otherTouchpoint = '';
const asOwner = () => ({ token: ws.owner.token, workspaceId: ws.id });
const asViewer = () => ({ token: viewer.token, workspaceId: ws.id });

let serial = 0;
async function post(body: { responses?: Record<string, unknown>[]; observations?: Record<string, unknown>[] }): Promise<void> {
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      source: 'ops',
      responses: (body.responses ?? []).map((r) => ({ externalId: `r-${serial++}`, ...r })),
      observations: (body.observations ?? []).map((o) => ({ externalId: `o-${serial++}`, ...o })),
    }),
  });
  expect({ status: res.status, body: res.status === 201 ? null : await res.text() }).toEqual({ status: 201, body: null });
}

/** Response minutes at the touchpoint whose SLA is 15 minutes (20 repairs). */
const MINUTES = [2, 4, 6, 8, 9, 11, 12, 13, 14, 15, 16, 18, 22, 26, 33, 41, 55, 70, 95, 130];

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Dashboard KPIs');
  viewer = await addMember(api, ws, 'viewer');
  const journey = await api.gqlOk<{ createJourneyFromTemplate: { id: string; stages: { touchpoints: { id: string; slaMinutes: number | null }[] }[] } }>(
    `mutation { createJourneyFromTemplate(input: { templateKey: "property-services/repair-request" }) { id stages { touchpoints { id slaMinutes } } } }`,
    {},
    asOwner(),
  );
  journeyId = journey.createJourneyFromTemplate.id;
  const all = journey.createJourneyFromTemplate.stages.flatMap((s) => s.touchpoints);
  slaTouchpoint = all.find((t) => t.slaMinutes === 15)!.id;
  otherTouchpoint = all.find((t) => t.id !== slaTouchpoint)!.id;
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "t", scopes: ["feedback:write"] }) { secret } }`, {}, asOwner())).createApiToken.secret;

  const at = (i: number) => `2026-11-${String(2 + (i % 10)).padStart(2, '0')}T04:00:00Z`;
  await post({
    observations: MINUTES.map((value, i) => ({ touchpointId: slaTouchpoint, occurredAt: at(i), metric: 'repair_response_time', value, segment: i % 2 ? 'vip' : '新业主' })),
    responses: [
      // CSAT by segment: VIP 36 of 40 satisfied (90 %), new owners 20 of 40 (50 %).
      ...Array.from({ length: 40 }, (_, i) => ({ touchpointId: slaTouchpoint, occurredAt: at(i), segment: 'vip', csat: i < 36 ? 5 : 2 })),
      ...Array.from({ length: 40 }, (_, i) => ({ touchpointId: slaTouchpoint, occurredAt: at(i), segment: '新业主', csat: i < 20 ? 4 : 1 })),
      // NPS the same in both segments: 10 promoters, 10 passives, 10 detractors each — no difference.
      ...['vip', '新业主'].flatMap((segment) => Array.from({ length: 30 }, (_, i) => ({ touchpointId: otherTouchpoint, occurredAt: at(i), segment, nps: [10, 8, 3][i % 3] }))),
      // Outside the window: not counted.
      { touchpointId: slaTouchpoint, occurredAt: '2026-10-20T04:00:00Z', segment: 'vip', csat: 1 },
    ],
  });
});
afterAll(async () => {
  await api?.close();
});

interface Figure {
  value: number | null;
  n: number;
  low: number | null;
  high: number | null;
  p50: number | null;
  p90: number | null;
  withinTarget: number | null;
}

describe('operational metrics beside the survey ones', () => {
  it('gives repair response time p90 from the roll-up histogram and the share within the touchpoint SLA', async () => {
    const data = await api.gqlOk<{ kpis: { metrics: { key: string; kind: string; total: Figure }[] } }>(
      `query($id: ID!) { kpis(scope: TOUCHPOINT, id: $id, from: "2026-11-01", to: "2026-11-30", granularity: WEEK) {
         metrics { key kind total { value n low high p50 p90 withinTarget } } } }`,
      { id: slaTouchpoint },
      asViewer(),
    );
    const time = data.kpis.metrics.find((m) => m.key === 'repair_response_time')!;
    const csat = data.kpis.metrics.find((m) => m.key === 'csat')!;
    expect(time.kind).toBe('duration');
    expect(time.total.n).toBe(20);
    // Within SLA: at most 15 minutes — 2, 4, 6, 8, 9, 11, 12, 13, 14, 15 = 10 of 20.
    expect(time.total.withinTarget).toBeCloseTo(50, 10);
    // p90 as the roll-up can give it (it keeps bucket counts, not values): rank 0.9 × 20 = 18 falls in
    // a bucket; interpolate linearly inside it. Computed here from the bounds and the values.
    const bounds = [...DURATION_BUCKET_LOWER_BOUNDS];
    const counts = bounds.map((lo, k) => MINUTES.filter((v) => v >= lo && (k + 1 === bounds.length || v < bounds[k + 1])).length);
    const rank = 0.9 * MINUTES.length;
    let before = 0;
    let k = 0;
    while (before + counts[k] < rank) before += counts[k++];
    const expected = bounds[k] + ((rank - before) / counts[k]) * (bounds[k + 1] - bounds[k]);
    // 60 ≤ v < 120 holds 70 and 95 (the 18th and 19th values): 60 + (18 − 17)/2 × 60 = 90.
    expect([bounds[k], bounds[k + 1], before, counts[k]]).toEqual([60, 120, 17, 2]);
    expect(expected).toBe(90);
    expect(time.total.p90).toBeCloseTo(expected, 10);
    // The exact sample p90 (nearest rank: the 18th value, 70) lies in the same bucket: the estimate is off by at most a bucket's width.
    const exact = [...MINUTES].sort((a, b) => a - b)[Math.ceil(rank) - 1];
    expect(exact).toBe(70);
    expect(Math.abs(time.total.p90! - exact)).toBeLessThan(bounds[k + 1] - bounds[k]);
    // The mean with its t interval beside it.
    expect(time.total.value).toBeCloseTo(MINUTES.reduce((a, b) => a + b, 0) / 20, 10);
    // …and the survey figure of the same touchpoint: CSAT 56 of 80 = 70 %.
    expect(csat.total.n).toBe(80);
    expect(csat.total.value).toBeCloseTo(70, 10);
  });
});

describe('segmentComparison', () => {
  const QUERY = `query($j: ID!, $a: String!, $b: String!) { segmentComparison(journeyId: $j, from: "2026-11-01", to: "2026-11-30", segmentA: $a, segmentB: $b) {
    segmentA segmentB metrics { key kind a { value n low high } b { value n low high } difference { difference low high pValue significant method } } } }`;
  interface Comparison {
    segmentA: string;
    segmentB: string;
    metrics: { key: string; kind: string; a: Figure; b: Figure; difference: { difference: number; low: number; high: number; pValue: number; significant: boolean; method: string } | null }[];
  }

  it('puts two segments side by side and tests their difference (two-proportion z for CSAT)', async () => {
    const { segmentComparison: c } = await api.gqlOk<{ segmentComparison: Comparison }>(QUERY, { j: journeyId, a: 'vip', b: '新业主' }, asViewer());
    expect([c.segmentA, c.segmentB]).toEqual(['vip', '新业主']);
    const csat = c.metrics.find((m) => m.key === 'csat')!;
    expect([csat.a.n, csat.b.n]).toEqual([40, 40]);
    expect(csat.a.value).toBeCloseTo(90, 10);
    expect(csat.b.value).toBeCloseTo(50, 10);
    // b − a = −40 points; pooled p = 56/80 = 0.7, SE = √(0.7·0.3·(2/40)) = 0.102470, z = −3.9036.
    const se = Math.sqrt(0.7 * 0.3 * (2 / 40));
    const p = 2 * (1 - normalCdf(0.4 / se));
    expect(csat.difference).toMatchObject({ method: 'two_proportion_z', significant: true });
    expect(csat.difference!.difference).toBeCloseTo(-40, 10);
    expect(csat.difference!.pValue).toBeCloseTo(p, 8);
    // Its interval uses the unpooled SE: √(0.9·0.1/40 + 0.5·0.5/40) = 0.092195.
    expect(csat.difference!.high).toBeCloseTo(100 * (-0.4 + 1.959964 * Math.sqrt(0.09 / 40 + 0.25 / 40)), 3);
  });

  it('reports no significant difference where the segments answer alike (NPS)', async () => {
    const { segmentComparison: c } = await api.gqlOk<{ segmentComparison: Comparison }>(QUERY, { j: journeyId, a: 'vip', b: '新业主' }, asViewer());
    const nps = c.metrics.find((m) => m.key === 'nps')!;
    expect([nps.a.n, nps.b.n]).toEqual([30, 30]);
    expect(nps.a.value).toBeCloseTo(0, 10); // (10 − 10)/30
    expect(nps.difference).toMatchObject({ difference: 0, significant: false, method: 'nps_z' });
  });

  it('compares durations by Welch t', async () => {
    const { segmentComparison: c } = await api.gqlOk<{ segmentComparison: Comparison }>(QUERY, { j: journeyId, a: 'vip', b: '新业主' }, asViewer());
    const time = c.metrics.find((m) => m.key === 'repair_response_time')!;
    const vip = MINUTES.filter((_, i) => i % 2);
    const fresh = MINUTES.filter((_, i) => i % 2 === 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(time.a.value).toBeCloseTo(mean(vip), 8);
    expect(time.difference?.method).toBe('welch_t');
    expect(time.difference!.difference).toBeCloseTo(mean(fresh) - mean(vip), 8);
  });

  it('refuses comparing a segment with itself, naming the field', async () => {
    const res = await api.gql(QUERY, { j: journeyId, a: 'vip', b: 'vip' }, asOwner());
    expect(JSON.stringify(res.errors)).toContain('segmentB');
  });
});
