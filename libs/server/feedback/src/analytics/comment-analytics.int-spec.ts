import { Client } from 'pg';
import { normalCdf } from '@opencx/domain';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Text analytics on the journey dashboard (DESIGN.md §3b), through the real API on real
 * PostgreSQL: a planted rise of 漏水 (leaks) from 4 of 40 comments to 20 of 40 is reported as a
 * rising keyword and a rising topic, a word said as often in both windows is not, and the
 * sentiment trend is the mean of the stored sentiments per ISO week with its t interval. Every
 * expected figure is computed here from the counts planted (or, for sentiment, from the stored
 * per-response scores the query aggregates) with the textbook formulas.
 */
let api: TestApi;
let ws: TestWorkspace;
let viewer: TestUser;
let db: Client;
let token = '';
let journeyId = '';
let touchpointId = '';
const asOwner = () => ({ token: ws.owner.token, workspaceId: ws.id });

const QUERY = `query($j: ID!, $from: String!, $to: String!, $g: KpiGranularity!, $segment: String) {
  commentAnalytics(journeyId: $j, from: $from, to: $to, granularity: $g, segment: $segment) {
    from to previousFrom previousTo comments previousComments
    topics { term nameEn nameZh count previousCount share previousShare difference pValue significant rising negative }
    keywords { term count previousCount share previousShare difference pValue significant rising negative }
    sentiment { start n mean low high lowSample negativeShare change { difference pValue significant method } }
  }
}`;

interface Term {
  term: string;
  nameEn: string | null;
  nameZh: string | null;
  count: number;
  previousCount: number;
  share: number;
  previousShare: number | null;
  difference: number | null;
  pValue: number | null;
  significant: boolean;
  rising: boolean;
  negative: number | null;
}
interface Analytics {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  comments: number;
  previousComments: number;
  topics: Term[];
  keywords: Term[];
  sentiment: { start: string; n: number; mean: number | null; low: number | null; high: number | null; lowSample: boolean; negativeShare: number | null; change: { difference: number; pValue: number; significant: boolean; method: string } | null }[];
}

let serial = 0;
async function post(responses: Record<string, unknown>[]): Promise<void> {
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ source: 'survey', responses: responses.map((r) => ({ touchpointId, externalId: `ca-${serial++}`, ...r })) }),
  });
  expect({ status: res.status, body: res.status === 201 ? null : await res.text() }).toEqual({ status: 201, body: null });
}

const LEAK = '楼上漏水，物业不负责';
const SERVICE = '保安很热情';
const OTHER = '小区绿化不错';

/** Two-sided p of the pooled two-proportion z, computed here by the textbook formula. */
function twoProportionP(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const z = (x2 / n2 - x1 / n1) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return 2 * (1 - normalCdf(Math.abs(z)));
}

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '物业 评论分析');
  viewer = await addMember(api, ws, 'viewer');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修" }) { id } }`, {}, asOwner())).createJourney.id;
  const stage = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId, name: '维修' } }, asOwner());
  const tp = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id } } } }`,
    { i: { stageId: stage.addStage.stages[0].id, name: '上门维修' } },
    asOwner(),
  );
  touchpointId = tp.addTouchpoint.stages[0].touchpoints[0].id;
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "survey", scopes: ["feedback:write"] }) { secret } }`, {}, asOwner())).createApiToken.secret;

  // Window 2026-11-02 … 2026-11-15 (two ISO weeks, Asia/Shanghai); previous window 2026-10-19 … 2026-11-01.
  const previous = [...Array(4).fill(LEAK), ...Array(20).fill(SERVICE), ...Array(16).fill(OTHER)].map((comment, i) => ({ comment, csat: 3, occurredAt: `2026-10-${String(20 + (i % 10)).padStart(2, '0')}T04:00:00Z` }));
  // Week 1 (11-02…11-08): 12 leaks, 13 guards; week 2: 8 leaks, 7 guards. 40 comments in all: 20 leaks, 20 guards.
  const week1 = [...Array(12).fill(LEAK), ...Array(13).fill(SERVICE)];
  const week2 = [...Array(8).fill(LEAK), ...Array(7).fill(SERVICE)];
  const current = [
    // 2026-11-01T17:00Z is 11-02 01:00 in Shanghai: inside the window, in week 1.
    ...week1.map((comment, i) => ({ comment, csat: 2, occurredAt: i === 0 ? '2026-11-01T17:00:00Z' : `2026-11-0${3 + (i % 5)}T04:00:00Z` })),
    ...week2.map((comment, i) => ({ comment, csat: 4, occurredAt: `2026-11-${10 + (i % 5)}T04:00:00Z` })),
  ];
  expect(current).toHaveLength(40);
  // Outside both windows, or without a comment: never counted.
  const outside = [
    { comment: LEAK, occurredAt: '2026-11-15T16:30:00Z' }, // 11-16 00:30 in Shanghai: after the window
    { comment: LEAK, occurredAt: '2026-10-18T15:00:00Z' }, // 10-18 23:00: before the previous window
    { nps: 3, occurredAt: '2026-11-04T04:00:00Z' },
  ];
  // A VIP segment with its own comments in the window.
  const vip = Array.from({ length: 5 }, () => ({ comment: LEAK, segment: 'vip', occurredAt: '2026-11-05T04:00:00Z' }));
  await post([...previous, ...current, ...outside]);
  await post(vip);
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

const run = async (vars: Record<string, unknown>) =>
  (await api.gqlOk<{ commentAnalytics: Analytics }>(QUERY, { j: journeyId, from: '2026-11-02', to: '2026-11-15', g: 'WEEK', ...vars }, { token: viewer.token, workspaceId: ws.id })).commentAnalytics;

describe('commentAnalytics', () => {
  let all: Analytics;
  beforeAll(async () => {
    all = await run({ segment: '' });
  });

  it('counts the comments of the window and of the previous window of the same length', async () => {
    expect([all.previousFrom, all.previousTo]).toEqual(['2026-10-19', '2026-11-01']);
    expect(all.comments).toBe(40);
    expect(all.previousComments).toBe(40);
    const withVip = await run({});
    expect(withVip.comments).toBe(45);
  });

  it('reports the planted rise of 漏水 as a rising keyword, tested against the previous window', () => {
    const leak = all.keywords.find((k) => k.term === '漏水');
    expect(leak).toBeDefined();
    expect(leak).toMatchObject({ count: 20, previousCount: 4, rising: true, significant: true, negative: null });
    expect(leak?.share).toBeCloseTo((100 * 20) / 40, 10);
    expect(leak?.previousShare).toBeCloseTo((100 * 4) / 40, 10);
    expect(leak?.difference).toBeCloseTo(40, 10);
    // pooled 24/80 = 0.3; SE = √(0.3·0.7·(2/40)) = 0.10247; z = 0.4 / 0.10247 = 3.904
    expect(leak?.pValue).toBeCloseTo(twoProportionP(4, 40, 20, 40), 8);
    expect(twoProportionP(4, 40, 20, 40)).toBeLessThan(0.0001);
    // Rising keywords come first.
    expect(all.keywords[0].rising).toBe(true);
  });

  it('does not call a word said as often in both windows rising', () => {
    const service = all.keywords.find((k) => k.term === '保安');
    expect(service).toMatchObject({ count: 20, previousCount: 20, difference: 0, significant: false, rising: false });
    expect(service?.pValue).toBeCloseTo(1, 6);
    // Bonferroni: nothing rises whose p is not below 0.05 ÷ keywords tested.
    for (const k of all.keywords) if (k.rising) expect(k.pValue).toBeLessThan(0.05 / all.keywords.length);
  });

  it('lists topics from the enabled plugins’ dictionaries with their names, change and negative mentions', async () => {
    const leak = all.topics.find((t) => t.term === 'leak');
    expect(leak).toMatchObject({ nameZh: '漏水渗水', nameEn: 'Leaks and water damage', count: 20, previousCount: 4, rising: true });
    expect(leak?.pValue).toBeCloseTo(twoProportionP(4, 40, 20, 40), 8);
    const { rows } = await db.query<{ negative: number }>(
      `SELECT count(*) FILTER (WHERE sentiment < 0)::int AS negative FROM feedback_response
        WHERE workspace_id = $1 AND comment = $2 AND segment = '' AND occurred_at >= '2026-11-01T16:00:00Z' AND occurred_at < '2026-11-15T16:00:00Z'`,
      [ws.id, LEAK],
    );
    expect(leak?.negative).toBe(rows[0].negative);
    // Only dictionary topics: the caller's own tags or words are never listed as topics.
    expect(all.topics.every((t) => t.nameEn !== null)).toBe(true);
  });

  it('draws the sentiment trend per ISO week: mean of the stored scores with its t interval, and a Welch test between weeks', async () => {
    const { rows } = await db.query<{ sentiment: number | null; occurred_at: Date }>(
      `SELECT sentiment, occurred_at FROM feedback_response WHERE workspace_id = $1 AND segment = '' AND comment IS NOT NULL
          AND occurred_at >= '2026-11-01T16:00:00Z' AND occurred_at < '2026-11-15T16:00:00Z'`,
      [ws.id],
    );
    const week = (d: Date) => (d.getTime() < Date.parse('2026-11-08T16:00:00Z') ? 0 : 1);
    const scores = [0, 1].map((w) => rows.filter((r) => week(r.occurred_at) === w && r.sentiment !== null).map((r) => Number(r.sentiment)));
    expect(scores[0].length).toBe(25);
    expect(scores[1].length).toBe(15);
    expect(all.sentiment.map((b) => b.start)).toEqual(['2026-11-02', '2026-11-09']);
    const stats = scores.map((s) => {
      const mean = s.reduce((a, b) => a + b, 0) / s.length;
      const variance = s.reduce((a, b) => a + (b - mean) ** 2, 0) / (s.length - 1);
      return { n: s.length, mean, variance };
    });
    // t(0.975) for 24 and 14 degrees of freedom, from tables.
    const t975 = [2.0639, 2.1448];
    all.sentiment.forEach((b, w) => {
      expect(b.n).toBe(stats[w].n);
      expect(b.lowSample).toBe(true);
      expect(b.mean).toBeCloseTo(stats[w].mean, 5);
      const half = t975[w] * Math.sqrt(stats[w].variance / stats[w].n);
      expect(b.high! - b.mean!).toBeCloseTo(half, 3);
      expect(b.negativeShare).toBeCloseTo((100 * scores[w].filter((s) => s < 0).length) / scores[w].length, 5);
    });
    expect(all.sentiment[0].change).toBeNull();
    const change = all.sentiment[1].change;
    expect(change?.method).toBe('welch_t');
    expect(change?.difference).toBeCloseTo(stats[1].mean - stats[0].mean, 5);
  });

  it('cuts by segment: the VIP comments alone', async () => {
    const vip = await run({ segment: 'vip' });
    expect(vip.comments).toBe(5);
    expect(vip.previousComments).toBe(0);
    const leak = vip.keywords.find((k) => k.term === '漏水');
    // No previous comments: shares are given, nothing is tested.
    expect(leak).toMatchObject({ count: 5, previousShare: null, pValue: null, rising: false });
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const res = await api.gql(QUERY, { j: journeyId, from: '2026-11-15', to: '2026-11-02', g: 'WEEK' }, asOwner());
    expect(JSON.stringify(res.errors)).toContain('to');
  });
});
