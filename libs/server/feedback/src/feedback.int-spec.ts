import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Feedback in, KPIs out, over HTTP against real PostgreSQL. The expected figures are computed here
 * from the answers this test generated, with the formulas of DESIGN.md §3 written out below —
 * independently of libs/domain's metric math — and compared with what `kpis` reads from roll-ups.
 */

// ---- the test's own metric math (DESIGN.md §3) ----
const Z = 1.959963984540054;
interface Expected {
  value: number | null;
  n: number;
  low: number | null;
  high: number | null;
}
function expectedNps(scores: number[]): Expected {
  const n = scores.length;
  if (!n) return { value: null, n: 0, low: null, high: null };
  const P = scores.filter((s) => s >= 9).length;
  const D = scores.filter((s) => s <= 6).length;
  const n1 = n + 3;
  const p = (P + 0.75) / n1;
  const d = (D + 0.75) / n1;
  const se = Math.sqrt((p + d - (p - d) ** 2) / n1);
  return { value: (100 * (P - D)) / n, n, low: Math.max(-100, 100 * (p - d - Z * se)), high: Math.min(100, 100 * (p - d + Z * se)) };
}
function expectedShare(k: number, n: number): Expected {
  if (!n) return { value: null, n: 0, low: null, high: null };
  const p = k / n;
  const c = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const h = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / (1 + (Z * Z) / n);
  return { value: (100 * k) / n, n, low: 100 * Math.max(0, c - h), high: 100 * Math.min(1, c + h) };
}
const expectedCsat = (s: number[]) => expectedShare(s.filter((x) => x >= 4).length, s.length);
const expectedCes = (s: number[]) => expectedShare(s.filter((x) => x >= 5).length, s.length);

/** Deterministic answers: a small PRNG (mulberry32) so every run sends the same batch. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shanghai has no daylight saving: its calendar day is UTC + 8 h. ISO weeks start on Monday. */
const localDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600e3).toISOString().slice(0, 10);
const weekOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400e3).toISOString().slice(0, 10);
};

// ---- API helpers ----
const FIGURE = 'value n low high status lowSample target mean p50 p90 withinTarget';
const KPIS = `query($scope: KpiScope!, $id: ID!, $from: String!, $to: String!, $g: KpiGranularity!, $site: ID, $segment: String) {
  kpis(scope: $scope, id: $id, from: $from, to: $to, granularity: $g, site: $site, segment: $segment) {
    metrics { key kind total { ${FIGURE} } buckets { start figure { ${FIGURE} } } children { kind id total { ${FIGURE} } buckets { start figure { value n } } } }
  }
}`;
interface Figure extends Expected {
  status: string;
  lowSample: boolean;
  target: number | null;
  mean: number | null;
  p50: number | null;
  p90: number | null;
  withinTarget: number | null;
}
interface KpiMetric {
  key: string;
  kind: string;
  total: Figure;
  buckets: { start: string; figure: Figure }[];
  children: { kind: string; id: string | null; total: Figure; buckets: { start: string; figure: { value: number | null; n: number } }[] }[];
}

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let db: Client;
let tokenA: string;
let tokenB: string;
const tp: Record<'T1' | 'T2' | 'T3', string> = { T1: '', T2: '', T3: '' };
const st: Record<'S1' | 'S2', string> = { S1: '', S2: '' };
let journeyId = '';
const siteId: Record<string, string> = {};

const as = (ws: TestWorkspace) => ({ token: ws.owner.token, workspaceId: ws.id });

async function kpis(vars: Record<string, unknown>, ws = a): Promise<KpiMetric[]> {
  const data = await api.gqlOk<{ kpis: { metrics: KpiMetric[] } }>(KPIS, { from: '2026-10-01', to: '2026-11-30', g: 'WEEK', ...vars }, as(ws));
  return data.kpis.metrics;
}
const metric = (metrics: KpiMetric[], key: string) => {
  const m = metrics.find((x) => x.key === key);
  if (!m) throw new Error(`no ${key} in ${metrics.map((x) => x.key)}`);
  return m;
};
function expectFigure(actual: Pick<Figure, 'value' | 'n'> & Partial<Figure>, expected: Expected): void {
  expect(actual.n).toBe(expected.n);
  if (expected.value === null) {
    expect(actual.value).toBeNull();
    return;
  }
  expect(actual.value).toBeCloseTo(expected.value, 6);
  if (actual.low !== undefined) {
    expect(actual.low).toBeCloseTo(expected.low as number, 6);
    expect(actual.high).toBeCloseTo(expected.high as number, 6);
  }
}

async function post(body: unknown, token = tokenA, key?: string): Promise<{ status: number; body: Record<string, unknown>; replayed: boolean }> {
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, replayed: res.headers.get('idempotent-replayed') === 'true' };
}
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, '物业 A'), await createWorkspace(api, undefined, '物业 B')];
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();

  const map = `id stages { id name touchpoints { id name } }`;
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修 Repair" }) { id } }`, {}, as(a))).createJourney.id;
  for (const s of ['S1', 'S2'] as const) {
    const m = await api.gqlOk<{ addStage: { stages: { id: string; name: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId, name: s } }, as(a));
    st[s] = m.addStage.stages.find((x) => x.name === s)!.id;
  }
  for (const [t, s] of [['T1', 'S1'], ['T2', 'S1'], ['T3', 'S2']] as const) {
    const m = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string; name: string }[] }[] } }>(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${map} } }`,
      { i: { stageId: st[s], name: t } },
      as(a),
    );
    tp[t] = m.addTouchpoint.stages.flatMap((x) => x.touchpoints).find((x) => x.name === t)!.id;
  }
  for (const code of ['north', 'south']) {
    const s = await api.gqlOk<{ createSite: { id: string } }>(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { code, name: `${code} 小区`, region: '上海' } }, as(a));
    siteId[code] = s.createSite.id;
  }
  const token = async (ws: TestWorkspace) =>
    (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "survey tool", scopes: ["feedback:write"] }) { secret } }`, {}, as(ws))).createApiToken.secret;
  tokenA = await token(a);
  tokenB = await token(b);
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

// ---- the known batch ----
interface Answer {
  tp: 'T1' | 'T2' | 'T3';
  site: 'north' | 'south' | null;
  occurredAt: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  externalId: string;
}
const stageOf = { T1: 'S1', T2: 'S1', T3: 'S2' } as const;
function generate(count: number, seed: number, prefix: string): Answer[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // 2026-10-05 (Monday) … seven weeks; random UTC hours so some answers fall on the next local day.
  return Array.from({ length: count }, (_, i): Answer => ({
    tp: pick(['T1', 'T1', 'T2', 'T3'] as const),
    site: pick(['north', 'south', null] as const),
    occurredAt: new Date(Date.UTC(2026, 9, 5) + Math.floor(r() * 49 * 24) * 3600e3 + Math.floor(r() * 60) * 60e3).toISOString(),
    nps: r() < 0.85 ? Math.floor(r() * 11) : null,
    csat: r() < 0.7 ? 1 + Math.floor(r() * 5) : null,
    ces: r() < 0.5 ? 1 + Math.floor(r() * 7) : null,
    externalId: `${prefix}-${i}`,
  })).map((x) => (x.nps === null && x.csat === null && x.ces === null ? { ...x, csat: 3 } : x)); // a response carries at least one score
}
const toBody = (answers: Answer[], source = 'wjx') => ({
  source,
  responses: answers.map((x) => ({ touchpointId: tp[x.tp], occurredAt: x.occurredAt, site: x.site ?? undefined, nps: x.nps, csat: x.csat, ces: x.ces, externalId: x.externalId, customerRef: `+86 138 0000 ${x.externalId}` })),
});
const scores = (answers: Answer[], key: 'nps' | 'csat' | 'ces') => answers.map((x) => x[key]).filter((s): s is number => s !== null);

describe('REST batch → KPIs', () => {
  const answers = generate(900, 42, 'known');

  beforeAll(async () => {
    const first = await post(toBody(answers));
    expect({ status: first.status, error: first.body.error }).toEqual({ status: 201, error: undefined });
    expect(first.body).toMatchObject({ received: { responses: 900, observations: 0 }, accepted: { responses: 900 }, duplicates: { responses: 0 } });
  });

  it('gives exactly the NPS, CSAT and CES the answers imply, for the journey and per ISO week', async () => {
    const metrics = await kpis({ scope: 'JOURNEY', id: journeyId });
    expectFigure(metric(metrics, 'nps').total, expectedNps(scores(answers, 'nps')));
    expectFigure(metric(metrics, 'csat').total, expectedCsat(scores(answers, 'csat')));
    expectFigure(metric(metrics, 'ces').total, expectedCes(scores(answers, 'ces')));
    const ces = scores(answers, 'ces');
    expect(metric(metrics, 'ces').total.mean).toBeCloseTo(ces.reduce((x, y) => x + y, 0) / ces.length, 9);

    const weeks = metric(metrics, 'nps').buckets;
    // 2026-10-01 falls in the ISO week starting Monday 2026-09-28; the window ends in the week of 2026-11-30.
    expect(weeks.map((w) => w.start)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    for (const w of weeks) {
      const inWeek = answers.filter((x) => weekOf(localDay(x.occurredAt)) === w.start);
      expectFigure(w.figure, expectedNps(scores(inWeek, 'nps')));
      if (!inWeek.length) expect(w.figure.status).toBe('NO_DATA');
    }
    // Some answers were given late on a Sunday UTC but on Monday in Shanghai: the week is the local one.
    expect(answers.some((x) => weekOf(localDay(x.occurredAt)) !== weekOf(x.occurredAt.slice(0, 10)))).toBe(true);
    for (const w of metric(metrics, 'csat').buckets) expectFigure(w.figure, expectedCsat(scores(answers.filter((x) => weekOf(localDay(x.occurredAt)) === w.start), 'csat')));
  });

  it('per month and per week when the window cuts a month or a week (whole periods and the days around them)', async () => {
    const within = (from: string, to: string) => answers.filter((x) => localDay(x.occurredAt) >= from && localDay(x.occurredAt) <= to);
    const months = metric(await kpis({ scope: 'JOURNEY', id: journeyId, from: '2026-10-15', to: '2026-11-30', g: 'MONTH' }), 'nps');
    expect(months.buckets.map((m) => m.start)).toEqual(['2026-10-01', '2026-11-01']);
    expectFigure(months.buckets[0].figure, expectedNps(scores(within('2026-10-15', '2026-10-31'), 'nps')));
    expectFigure(months.buckets[1].figure, expectedNps(scores(within('2026-11-01', '2026-11-30'), 'nps')));
    expectFigure(months.total, expectedNps(scores(within('2026-10-15', '2026-11-30'), 'nps')));
    const csat = metric(await kpis({ scope: 'JOURNEY', id: journeyId, from: '2026-10-01', to: '2026-11-10', g: 'MONTH' }), 'csat');
    expectFigure(csat.buckets[0].figure, expectedCsat(scores(within('2026-10-01', '2026-10-31'), 'csat')));
    expectFigure(csat.buckets[1].figure, expectedCsat(scores(within('2026-11-01', '2026-11-10'), 'csat')));
    // Wednesday to Tuesday: both edge weeks are cut, the ones between are whole.
    const weeks = metric(await kpis({ scope: 'JOURNEY', id: journeyId, from: '2026-10-07', to: '2026-10-27', g: 'WEEK' }), 'ces');
    expect(weeks.buckets.map((w) => w.start)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']);
    const bounds = [['2026-10-07', '2026-10-11'], ['2026-10-12', '2026-10-18'], ['2026-10-19', '2026-10-25'], ['2026-10-26', '2026-10-27']];
    weeks.buckets.forEach((w, i) => expectFigure(w.figure, expectedCes(scores(within(bounds[i][0], bounds[i][1]), 'ces'))));
    expect(within('2026-10-07', '2026-10-11').length).toBeGreaterThan(0);
    expect(within('2026-10-26', '2026-10-27').length).toBeGreaterThan(0);
  });

  it('per stage (children of the journey) and per touchpoint (children of a stage)', async () => {
    const journey = metric(await kpis({ scope: 'JOURNEY', id: journeyId }), 'nps');
    expect(journey.children.map((c) => [c.kind, c.id])).toEqual([['STAGE', st.S1], ['STAGE', st.S2]]);
    for (const c of journey.children) {
      const inStage = answers.filter((x) => st[stageOf[x.tp]] === c.id);
      expectFigure(c.total, expectedNps(scores(inStage, 'nps')));
      for (const w of c.buckets) expectFigure(w.figure, expectedNps(scores(inStage.filter((x) => weekOf(localDay(x.occurredAt)) === w.start), 'nps')));
    }
    const stage = await kpis({ scope: 'STAGE', id: st.S1 });
    expectFigure(metric(stage, 'nps').total, expectedNps(scores(answers.filter((x) => stageOf[x.tp] === 'S1'), 'nps')));
    for (const t of ['T1', 'T2'] as const) {
      const child = metric(stage, 'csat').children.find((c) => c.id === tp[t])!;
      expect(child.kind).toBe('TOUCHPOINT');
      expectFigure(child.total, expectedCsat(scores(answers.filter((x) => x.tp === t), 'csat')));
    }
  });

  it('per site: children of a touchpoint, a site scope, and a site filter', async () => {
    const t1 = metric(await kpis({ scope: 'TOUCHPOINT', id: tp.T1 }), 'nps');
    expectFigure(t1.total, expectedNps(scores(answers.filter((x) => x.tp === 'T1'), 'nps')));
    for (const code of ['north', 'south', null] as const) {
      const child = t1.children.find((c) => c.id === (code ? siteId[code] : null))!;
      expect(child.kind).toBe('SITE');
      expectFigure(child.total, expectedNps(scores(answers.filter((x) => x.tp === 'T1' && x.site === code), 'nps')));
    }
    const north = await kpis({ scope: 'SITE', id: siteId.north });
    expectFigure(metric(north, 'ces').total, expectedCes(scores(answers.filter((x) => x.site === 'north'), 'ces')));
    expect(metric(north, 'ces').children.map((c) => c.id).sort()).toEqual([tp.T1, tp.T2, tp.T3].sort());
    const filtered = await kpis({ scope: 'JOURNEY', id: journeyId, site: siteId.south });
    expectFigure(metric(filtered, 'nps').total, expectedNps(scores(answers.filter((x) => x.site === 'south'), 'nps')));
  });

  it('flags small samples and leaves empty ones absent, judged against the target', async () => {
    const days = metric(await kpis({ scope: 'TOUCHPOINT', id: tp.T2, from: '2026-10-06', to: '2026-10-06', g: 'DAY' }), 'nps');
    const expected = expectedNps(scores(answers.filter((x) => x.tp === 'T2' && localDay(x.occurredAt) === '2026-10-06'), 'nps'));
    expectFigure(days.total, expected);
    expect(expected.n).toBeLessThan(30);
    expect(days.total.status).toBe(expected.n ? 'LOW_SAMPLE' : 'NO_DATA');
    // An empty bucket inside a window with data is absent (null), never 0.
    const weeks = metric(await kpis({ scope: 'JOURNEY', id: journeyId }), 'nps').buckets;
    expect(weeks[0].figure).toMatchObject({ value: null, n: 0, low: null, high: null, status: 'NO_DATA' });
    // No metric is bound to these hand-made touchpoints, so a window without data lists no metric at all.
    expect(await kpis({ scope: 'JOURNEY', id: journeyId, from: '2025-01-01', to: '2025-01-31', g: 'MONTH' })).toEqual([]);

    const total = metric(await kpis({ scope: 'JOURNEY', id: journeyId }), 'nps').total;
    expect(total.target).toBe(30); // the core NPS definition's default target, warning at 0
    expect(total.status).toBe(total.value! >= 30 ? 'ON_TARGET' : total.value! >= 0 ? 'WARNING' : 'OFF_TARGET');
  });

  it('reads KPIs in the same few statements whatever the window and granularity, and an unchanged answer in two', async () => {
    const statements = async (vars: Record<string, unknown>) => {
      api.resetQueryCount();
      await kpis(vars);
      return api.queryCount();
    };
    // Windows no earlier test asked for, so each answer is computed: session lookup (access guard), the
    // answer's version (the workspace's kpi_version and the journey's content version), the journey's
    // touchpoints, metric definitions, one GROUPING SETS over roll-ups.
    const weekly = await statements({ scope: 'JOURNEY', id: journeyId, from: '2026-09-01', to: '2026-11-30' });
    expect(weekly).toBe(5);
    expect(await statements({ scope: 'JOURNEY', id: journeyId, from: '2026-01-01', to: '2026-11-30', g: 'DAY' })).toBe(weekly);
    // A site is no journey: no touchpoints to look up.
    expect(await statements({ scope: 'SITE', id: siteId.north, g: 'MONTH' })).toBe(weekly - 1);
    // Asked again with nothing written since: the session and the version, then the kept answer (KpiAnswerCache).
    expect(await statements({ scope: 'JOURNEY', id: journeyId, from: '2026-09-01', to: '2026-11-30' })).toBe(2);
  });

  it('re-sending the batch adds no rows and moves no figure', async () => {
    const before = await count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1`, [a.id]);
    const again = await post(toBody(answers));
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ accepted: { responses: 0 }, duplicates: { responses: 900 } });
    expect(await count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1`, [a.id])).toBe(before);
    expectFigure(metric(await kpis({ scope: 'JOURNEY', id: journeyId }), 'nps').total, expectedNps(scores(answers, 'nps')));
  });

  it('stores customer references only as salted hashes', async () => {
    const rows = (await db.query(`SELECT customer_hash FROM feedback_response WHERE workspace_id = $1 AND external_id = 'known-0'`, [a.id])).rows;
    expect(rows[0].customer_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].customer_hash).not.toBe(createHash('sha256').update('+86 138 0000 known-0').digest('hex')); // salted, not a bare digest
    expect(await count(`SELECT count(*) AS n FROM feedback_response WHERE customer_hash LIKE '%known%' OR customer_hash LIKE '+86%'`)).toBe(0);
    // The same reference gives the same hash within the workspace, so one customer's answers stay linkable.
    const same = await post({ source: 'link', responses: ['x1', 'x2'].map((externalId) => ({ touchpointId: tp.T2, occurredAt: '2026-11-02T10:00:00+08:00', nps: 9, externalId, customerRef: '+86 138 0000 known-0' })) });
    expect(same.status).toBe(201);
    const linked = (await db.query(`SELECT DISTINCT customer_hash FROM feedback_response WHERE workspace_id = $1 AND source = 'link'`, [a.id])).rows;
    expect(linked).toEqual([{ customer_hash: rows[0].customer_hash }]);
  });

  it('never shows workspace A’s KPIs to workspace B', async () => {
    expect(await kpis({ scope: 'JOURNEY', id: journeyId }, b)).toEqual([]);
    expect(await kpis({ scope: 'SITE', id: siteId.north }, b)).toEqual([]);
    const intoA = await post(toBody(generate(2, 7, 'cross')), tokenB);
    expect(intoA.status).toBe(400);
    expect(intoA.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responses[0].touchpointId' });
  });
});

it('partitions feedback by month, 2015-01 … 2040-12 plus a default, each partition under forced row-level security', async () => {
  const parts = (
    await db.query(`
      SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
             EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation') AS policy
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'feedback_response'::regclass ORDER BY c.relname`)
  ).rows as { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policy: boolean }[];
  expect(parts).toHaveLength(26 * 12 + 1);
  expect(parts[0].relname).toBe('feedback_response_2015_01');
  expect(parts.map((p) => p.relname)).toContain('feedback_response_2040_12');
  expect(parts.map((p) => p.relname)).toContain('feedback_response_default');
  expect(parts.filter((p) => !(p.relrowsecurity && p.relforcerowsecurity && p.policy))).toEqual([]);
  // A November 2026 answer (Shanghai time) lands in its month's partition.
  const where = await db.query(`SELECT tableoid::regclass::text AS part FROM feedback_response WHERE workspace_id = $1 AND external_id = 'known-0'`, [a.id]);
  expect(where.rows[0].part).toMatch(/^feedback_response_2026_(10|11)$/);
});

describe('refusals name the row and field and write nothing', () => {
  const rows = () => count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1`, [a.id]);

  it('refuses a batch with bad rows as a whole', async () => {
    const before = await rows();
    const body = toBody(generate(1000, 9, 'bad'));
    body.responses[10].nps = 11;
    (body.responses[500] as Record<string, unknown>).occurredAt = '2026-11-01 10:00';
    (body.responses[999] as Record<string, unknown>).touchpointId = undefined;
    const res = await post(body);
    expect(res.status).toBe(400);
    const fields = (res.body.error as { fields: { field: string; message: string }[] }).fields;
    expect(fields.map((f) => f.field)).toEqual(['responses[10].nps', 'responses[500].occurredAt', 'responses[999].touchpointId']);
    expect(fields[0].message).toBe('must be between 0 and 10');
    expect(await rows()).toBe(before);
  });

  it('refuses rows that name another workspace’s touchpoint or an unknown site, after parsing', async () => {
    const before = await rows();
    const body = toBody(generate(20, 10, 'unknown'));
    body.responses[3].touchpointId = '00000000-0000-4000-8000-000000000000';
    (body.responses[7] as Record<string, unknown>).site = 'nowhere';
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((res.body.error as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(['responses[3].touchpointId', 'responses[7].site']);
    expect(await rows()).toBe(before);
  });

  it('refuses more than 1,000 rows, a missing external id and a missing token', async () => {
    const big = await post(toBody(generate(1001, 11, 'big')));
    expect(big.status).toBe(400);
    expect(big.body.error).toMatchObject({ field: 'responses' });
    const noId = await post({ responses: [{ touchpointId: tp.T1, occurredAt: '2026-11-01T10:00:00+08:00', nps: 9 }] });
    expect(noId.body.error).toMatchObject({ field: 'responses[0].externalId' });
    const res = await api.http('/api/v1/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });
});

describe('Idempotency-Key (Stripe semantics)', () => {
  const rowsOf = (source: string) => count(`SELECT count(*) AS n FROM feedback_response WHERE workspace_id = $1 AND source = $2`, [a.id, source]);

  it('stores a batch once and replays its first status and body, sequentially', async () => {
    const body = toBody(generate(50, 21, 'seq'), 'seq-source');
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await post(body, tokenA, 'key-sequential'));
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(replies.map((r) => r.replayed)).toEqual([false, true, true]);
    expect(replies[1].body).toEqual(replies[0].body);
    expect(replies[2].body).toEqual(replies[0].body);
    expect(replies[0].body).toMatchObject({ accepted: { responses: 50 } });
    expect(await rowsOf('seq-source')).toBe(50);
  });

  it('stores a batch once when 10 requests with one key arrive together', async () => {
    const body = toBody(generate(200, 22, 'conc'), 'conc-source');
    const before = metric(await kpis({ scope: 'JOURNEY', id: journeyId }), 'nps').total.n;
    const replies = await Promise.all(Array.from({ length: 10 }, () => post(body, tokenA, 'key-concurrent')));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(replies.filter((r) => !r.replayed)).toHaveLength(1);
    for (const r of replies) expect(r.body).toEqual(replies[0].body);
    expect(await rowsOf('conc-source')).toBe(200);
    const after = metric(await kpis({ scope: 'JOURNEY', id: journeyId }), 'nps').total.n;
    expect(after - before).toBe(scores(generate(200, 22, 'conc'), 'nps').length);
  });

  it('stores each row once when overlapping batches without keys race each other', async () => {
    const pool = generate(300, 24, 'race');
    const r = rng(5);
    const subsets = Array.from({ length: 6 }, () => [...pool].sort(() => r() - 0.5).slice(0, 200));
    const replies = await Promise.all(subsets.map((rows) => post(toBody(rows, 'race-source'))));
    expect(replies.map((x) => x.status)).toEqual(Array(6).fill(201));
    const covered = new Set(subsets.flat().map((x) => x.externalId));
    const accepted = replies.reduce((n, x) => n + (x.body.accepted as { responses: number }).responses, 0);
    expect(accepted).toBe(covered.size);
    expect(await rowsOf('race-source')).toBe(covered.size);
    const keys = await count(`SELECT count(*) AS n FROM feedback_key WHERE workspace_id = $1 AND source = 'race-source'`, [a.id]);
    expect(keys).toBe(covered.size);
  });

  it('refuses the same key with a different body (422) and writes nothing', async () => {
    const res = await post(toBody(generate(5, 23, 'other'), 'seq-source'), tokenA, 'key-sequential');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'UNPROCESSABLE', field: 'Idempotency-Key' });
    expect(await rowsOf('seq-source')).toBe(50);
  });

  it('writes one audit event per batch, not per row', async () => {
    const events = await count(`SELECT count(*) AS n FROM audit_event WHERE workspace_id = $1 AND action = 'feedback.ingestBatch'`, [a.id]);
    // the known batch, its re-send, the linked-reference batch, the sequential key once, the concurrent key once, six racing batches
    expect(events).toBe(11);
  });
});

describe('submitFeedback (console entry)', () => {
  const SUBMIT = `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id touchpointId journeyId siteId nps csat comment source tags } }`;

  it('lets an editor enter one response, rolled up like any other', async () => {
    const editor = await addMember(api, a, 'editor');
    const before = metric(await kpis({ scope: 'TOUCHPOINT', id: tp.T3, from: '2026-11-20', to: '2026-11-20', g: 'DAY' }), 'csat').total.n;
    const data = await api.gqlOk<{ submitFeedback: Record<string, unknown> }>(
      SUBMIT,
      { i: { touchpointId: tp.T3, occurredAt: '2026-11-20T10:00:00+08:00', csat: 2, comment: '<b>师傅迟到</b> late', site: 'south', tags: ['迟到'] } },
      { token: editor.token, workspaceId: a.id },
    );
    expect(data.submitFeedback).toMatchObject({ touchpointId: tp.T3, journeyId, siteId: siteId.south, csat: 2, nps: null, comment: '<b>师傅迟到</b> late', source: 'console', tags: ['迟到', 'repair'] });
    const after = metric(await kpis({ scope: 'TOUCHPOINT', id: tp.T3, from: '2026-11-20', to: '2026-11-20', g: 'DAY' }), 'csat').total.n;
    expect(after).toBe(before + 1);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE workspace_id = $1 AND action = 'feedback.submit'`, [a.id])).toBe(1);
  });

  it('names the field of a bad entry, and refuses a viewer', async () => {
    const bad = await api.gql(SUBMIT, { i: { touchpointId: tp.T1, nps: 12 } }, as(a));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nps' });
    const viewer = await addMember(api, a, 'viewer');
    const refused = await api.gql(SUBMIT, { i: { touchpointId: tp.T1, nps: 9 } }, { token: viewer.token, workspaceId: a.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await kpis({ scope: 'JOURNEY', id: journeyId });
    expect(read.length).toBeGreaterThan(0);
  });
});
