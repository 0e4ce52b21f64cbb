import { normalCdf } from '@opencx/domain';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Analytics on seeded data with planted effects, through the real API on real PostgreSQL:
 * key drivers find the touchpoint that drives NPS, the league table ranks 3 perfect answers below
 * 300 good ones, and the KPI buckets mark a planted change significant and noise not.
 */
let api: TestApi;
let ws: TestWorkspace;
let viewer: TestUser;
let token: string;
let journeyId: string;
let tps: string[] = [];
const asViewer = () => ({ token: viewer.token, workspaceId: ws.id });
const asOwner = () => ({ token: ws.owner.token, workspaceId: ws.id });

/** Deterministic uniform numbers (Park–Miller), so the planted data is the same every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

let serial = 0;
async function post(responses: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < responses.length; i += 500) {
    const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses: responses.slice(i, i + 500) }) });
    expect(res.status).toBe(201);
  }
}
const response = (touchpointId: string, occurredAt: string, scores: Record<string, unknown>) => ({ touchpointId, occurredAt, externalId: `an-${serial++}`, ...scores });

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Analytics');
  viewer = await addMember(api, ws, 'viewer');
  const journey = await api.gqlOk<{ createJourneyFromTemplate: { id: string; stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation { createJourneyFromTemplate(input: { templateKey: "property-services/repair-request" }) { id stages { touchpoints { id } } } }`,
    {},
    asOwner(),
  );
  journeyId = journey.createJourneyFromTemplate.id;
  tps = journey.createJourneyFromTemplate.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
  expect(tps.length).toBeGreaterThanOrEqual(5);
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "t", scopes: ["feedback:write"] }) { secret } }`, {}, asOwner())).createApiToken.secret;
});
afterAll(async () => {
  await api?.close();
});

describe('keyDrivers', () => {
  const CUSTOMERS = 120;
  const x: number[][] = [];
  const y: number[] = [];

  beforeAll(async () => {
    // Drivers: CSAT at tps[0..2]; outcome: NPS asked once per customer at tps[3] (no CSAT there).
    // Planted: NPS follows tps[1] strongly, tps[0] a little, tps[2] not at all.
    const rnd = lcg(7);
    const responses: Record<string, unknown>[] = [];
    for (let c = 0; c < CUSTOMERS; c++) {
      const scores = [0, 1, 2].map(() => 1 + Math.floor(rnd() * 5));
      const noise = Math.floor(rnd() * 3) - 1;
      const npsScore = Math.max(0, Math.min(10, 2 * scores[1] - 1 + (scores[0] >= 4 ? 1 : 0) + noise));
      x.push(scores);
      y.push(npsScore);
      const customerRef = `+86 138 0000 ${String(c).padStart(4, '0')}`;
      scores.forEach((csat, j) => responses.push(response(tps[j], '2026-03-10T04:00:00Z', { customerRef, csat })));
      responses.push(response(tps[3], '2026-03-12T04:00:00Z', { customerRef, nps: npsScore }));
    }
    // Anonymous answers (no customer reference) cannot be linked and must not count.
    for (let i = 0; i < 30; i++) responses.push(response(tps[1], '2026-03-11T04:00:00Z', { csat: 1, nps: 10 }));
    await post(responses);
  });

  it('finds the planted driver; weights sum to the least-squares R² computed here', async () => {
    const { keyDrivers } = await api.gqlOk<{
      keyDrivers: { n: number; respondents: number; enoughData: boolean; rSquared: number; drivers: { touchpointId: string; n: number; weight: number; share: number; performance: { n: number; value: number } }[] };
    }>(
      `query($j: ID!) { keyDrivers(journeyId: $j, from: "2026-03-01", to: "2026-03-31") { n respondents enoughData rSquared drivers { touchpointId n weight share performance { n value } } } }`,
      { j: journeyId },
      asViewer(),
    );
    expect(keyDrivers).toMatchObject({ n: CUSTOMERS, respondents: CUSTOMERS, enoughData: true });
    expect(keyDrivers.drivers.map((d) => d.touchpointId)).toEqual(tps.slice(0, 3));
    const [d0, d1, d2] = keyDrivers.drivers;
    expect(d1.share).toBeGreaterThan(0.6);
    expect(d1.weight).toBeGreaterThan(d0.weight);
    expect(d0.weight).toBeGreaterThan(d2.weight);
    expect(keyDrivers.drivers.every((d) => d.n === CUSTOMERS)).toBe(true);
    // Performance reads the roll-ups: the anonymous answers count there (150 at tps[1]).
    expect(d1.performance.n).toBe(CUSTOMERS + 30);

    // Independent R²: OLS with an intercept by the normal equations (Gauss–Jordan).
    const X = x.map((r) => [1, ...r]);
    const k = 4;
    const A = Array.from({ length: k }, (_, i) => [...Array.from({ length: k }, (_, j) => X.reduce((s, r) => s + r[i] * r[j], 0)), X.reduce((s, r, n) => s + r[i] * y[n], 0)]);
    for (let c = 0; c < k; c++) {
      const piv = A[c][c];
      for (let j = 0; j <= k; j++) A[c][j] /= piv;
      for (let r = 0; r < k; r++)
        if (r !== c) {
          const f = A[r][c];
          for (let j = 0; j <= k; j++) A[r][j] -= f * A[c][j];
        }
    }
    const coef = A.map((r) => r[k]);
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    const sst = y.reduce((s, v) => s + (v - my) ** 2, 0);
    const sse = y.reduce((s, v, i) => s + (v - X[i].reduce((t, xv, j) => t + xv * coef[j], 0)) ** 2, 0);
    expect(keyDrivers.rSquared).toBeCloseTo(1 - sse / sst, 6);
    expect(keyDrivers.drivers.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1 - sse / sst, 6);
  });

  it('reports not enough data, without weights, outside the window', async () => {
    const { keyDrivers } = await api.gqlOk<{ keyDrivers: { n: number; enoughData: boolean; rSquared: number | null; drivers: unknown[] } }>(
      `query($j: ID!) { keyDrivers(journeyId: $j, from: "2026-04-01", to: "2026-04-30") { n enoughData rSquared drivers { touchpointId } } }`,
      { j: journeyId },
      asViewer(),
    );
    expect(keyDrivers).toEqual({ n: 0, enoughData: false, rSquared: null, drivers: [] });
  });
});

describe('siteLeague', () => {
  beforeAll(async () => {
    const codes = ['SMALL', 'BIG', ...Array.from({ length: 20 }, (_, i) => `MID${i}`)];
    for (const code of codes) await api.gqlOk(`mutation($c: String!) { createSite(input: { code: $c, name: $c }) { id } }`, { c: code }, asOwner());
    const responses: Record<string, unknown>[] = [];
    const at = (site: string, csat: number) => response(tps[4], '2026-05-06T04:00:00Z', { site, csat });
    for (let i = 0; i < 3; i++) responses.push(at('SMALL', 5)); // 100 % of 3
    for (let i = 0; i < 300; i++) responses.push(at('BIG', i < 270 ? 4 : 2)); // 90 % of 300
    for (let s = 0; s < 20; s++) for (let i = 0; i < 40; i++) responses.push(at(`MID${s}`, i < 24 + (s % 5) * 2 ? 5 : 3)); // 60…80 %
    await post(responses);
  });

  it('ranks 300 good answers above 3 perfect ones, raw figures and n kept', async () => {
    const { siteLeague } = await api.gqlOk<{ siteLeague: { sites: { code: string; rank: number; raw: number; n: number; shrunk: number; low: number; high: number; lowSample: boolean }[] } }>(
      `query { siteLeague(metric: "csat", from: "2026-05-01", to: "2026-05-31") { sites { code rank raw n shrunk low high lowSample } } }`,
      {},
      asViewer(),
    );
    const site = (code: string) => siteLeague.sites.find((s) => s.code === code)!;
    expect(siteLeague.sites).toHaveLength(22);
    expect(site('SMALL')).toMatchObject({ raw: 100, n: 3, lowSample: true });
    expect(site('BIG')).toMatchObject({ raw: 90, n: 300, rank: 1 });
    expect(site('SMALL').rank).toBeGreaterThan(1);
    expect(site('SMALL').shrunk).toBeLessThan(site('BIG').shrunk);
    // The big site barely moves; the small one is pulled towards the sites' typical ~70 %.
    expect(site('SMALL').shrunk).toBeLessThan(90);
    expect(Math.abs(site('BIG').shrunk - 90)).toBeLessThan(Math.abs(site('SMALL').shrunk - 100) / 5);
    for (const s of siteLeague.sites) expect(s.low <= s.shrunk && s.shrunk <= s.high).toBe(true);
    expect(siteLeague.sites.map((s) => s.rank)).toEqual([...siteLeague.sites.map((s) => s.rank)].sort((a, b) => a - b));
  });

  it('refuses a metric it cannot rank, naming the field', async () => {
    const res = await api.gql(`query { siteLeague(metric: "no-such-metric", from: "2026-05-01", to: "2026-05-31") { metric } }`, {}, asViewer());
    expect(JSON.stringify(res.errors)).toMatch(/metric/);
  });
});

describe('significance of KPI changes', () => {
  // Weekly CSAT top-2-box at tps[5]: 60 % → 85 % (planted change), then 70 %, 72 %, 71 %, 71 % (noise).
  const weeks = [
    ['2026-06-01', 60],
    ['2026-06-08', 85],
    ['2026-06-15', 70],
    ['2026-06-22', 72],
    ['2026-06-29', 71],
    ['2026-07-06', 71],
  ] as const;

  beforeAll(async () => {
    const responses: Record<string, unknown>[] = [];
    for (const [monday, good] of weeks) for (let i = 0; i < 100; i++) responses.push(response(tps[5], `${monday}T04:00:00Z`, { csat: i < good ? 4 : 2 }));
    await post(responses);
  });

  it('marks the planted change significant, noise not, with the hand-computed p-value', async () => {
    const { kpis } = await api.gqlOk<{ kpis: { metrics: { key: string; buckets: { start: string; figure: { n: number; value: number }; change: { difference: number; pValue: number; significant: boolean; method: string } | null }[] }[] } }>(
      `query($id: ID!) { kpis(scope: TOUCHPOINT, id: $id, from: "2026-06-01", to: "2026-07-12", granularity: WEEK) { metrics { key buckets { start figure { n value } change { difference pValue significant method } } } } }`,
      { id: tps[5] },
      asViewer(),
    );
    const buckets = kpis.metrics.find((m) => m.key === 'csat')!.buckets;
    expect(buckets.map((b) => b.start)).toEqual(weeks.map((w) => w[0]));
    expect(buckets[0].change).toBeNull();
    // 60/100 → 85/100: pooled p = .725, z = .25 / √(.725 × .275 × .02)
    const z = 0.25 / Math.sqrt(0.725 * 0.275 * 0.02);
    expect(buckets[1].change).toMatchObject({ significant: true, method: 'two_proportion_z' });
    expect(buckets[1].change!.difference).toBeCloseTo(25, 9);
    expect(buckets[1].change!.pValue).toBeCloseTo(2 * (1 - normalCdf(z)), 9);
    expect(buckets[2].change).toMatchObject({ significant: true });
    expect(buckets[2].change!.difference).toBeCloseTo(-15, 9);
    for (const b of buckets.slice(3)) expect(b.change!.significant).toBe(false);
    expect(buckets[5].change!.difference).toBeCloseTo(0, 9);
    expect(buckets[5].change!.pValue).toBeCloseTo(1, 6);
  });

  it('the executive overview carries the journey, its sparkline changes and its worst touchpoints', async () => {
    const { executiveOverview } = await api.gqlOk<{
      executiveOverview: { journeys: { journeyId: string; metrics: { key: string; total: { n: number }; buckets: { start: string; change: { significant: boolean } | null }[]; latestChange: { significant: boolean; difference: number } | null }[]; worstTouchpoints: { touchpointId: string; metricKey: string; gap: number; figure: { value: number; target: number } }[] }[] };
    }>(
      `query { executiveOverview(from: "2026-06-01", to: "2026-07-12", granularity: WEEK) { journeys { journeyId metrics { key total { n } buckets { start change { significant } } latestChange { significant difference }
        } worstTouchpoints { touchpointId metricKey gap figure { value target } } } } }`,
      {},
      asViewer(),
    );
    const row = executiveOverview.journeys.find((j) => j.journeyId === journeyId)!;
    const csat = row.metrics.find((m) => m.key === 'csat')!;
    expect(csat.total.n).toBe(600);
    expect(csat.buckets.map((b) => b.change?.significant ?? null)).toEqual([null, true, true, false, false, false]);
    expect(csat.latestChange).toMatchObject({ significant: false });
    // tps[5] over the window: (60 + 85 + 70 + 72 + 71 + 71)/600 = 71.5 % against its target.
    const worst = row.worstTouchpoints.find((w) => w.touchpointId === tps[5])!;
    expect(worst.metricKey).toBe('csat');
    expect(worst.figure.value).toBeCloseTo(71.5, 9);
    expect(worst.gap).toBeCloseTo((worst.figure.target - 71.5) / 100, 9);
  });
});
