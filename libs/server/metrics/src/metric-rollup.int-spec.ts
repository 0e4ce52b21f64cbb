import fc from 'fast-check';
import { Client } from 'pg';
import { DURATION_BUCKET_LOWER_BOUNDS } from '@opencx/domain';
import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Roll-ups are incremental counters (never recomputed on read), so after any sequence of batches —
 * new rows, re-sent rows, survey scores and operational observations, across sites, segments and
 * days — every counter must equal a GROUP BY over the raw rows. This spec writes that GROUP BY
 * itself and lets fast-check choose the batches.
 */
let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let token: string;
let touchpoints: string[] = [];
let slaTouchpoint = '';
const sites = ['s-1', 's-2'];

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Rollups');
  const opts = { token: ws.owner.token, workspaceId: ws.id };
  // The property-services repair template brings duration and rate metrics and touchpoints with SLAs.
  const journey = await api.gqlOk<{ createJourneyFromTemplate: { stages: { touchpoints: { id: string; slaMinutes: number | null }[] }[] } }>(
    `mutation { createJourneyFromTemplate(input: { templateKey: "property-services/repair-request" }) { stages { touchpoints { id slaMinutes } } } }`,
    {},
    opts,
  );
  const all = journey.createJourneyFromTemplate.stages.flatMap((s) => s.touchpoints);
  touchpoints = all.map((t) => t.id);
  slaTouchpoint = all.find((t) => t.slaMinutes === 15)!.id;
  for (const code of sites) await api.gqlOk(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { code, name: code } }, opts);
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "t", scopes: ["feedback:write"] }) { secret } }`, {}, opts)).createApiToken.secret;
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

const RAW = `
  WITH m AS (
    SELECT r.touchpoint_id, d.id AS metric, coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site, r.segment,
           (r.occurred_at AT TIME ZONE 'Asia/Shanghai')::date AS day, v.value::numeric AS value, d.kind, NULL::numeric AS threshold
      FROM feedback_response r
      CROSS JOIN LATERAL (VALUES ('nps', r.nps), ('csat', r.csat), ('ces', r.ces)) AS v(key, value)
      JOIN metric_definition d ON d.workspace_id = r.workspace_id AND d.key = v.key
     WHERE r.workspace_id = $1 AND v.value IS NOT NULL
    UNION ALL
    SELECT o.touchpoint_id, o.metric_definition_id, coalesce(o.site_id, '00000000-0000-0000-0000-000000000000'), o.segment,
           (o.occurred_at AT TIME ZONE 'Asia/Shanghai')::date, o.value, d.kind,
           CASE WHEN d.kind = 'duration' THEN coalesce(t.sla_minutes, tm.target_override, d.target) END
      FROM metric_observation o
      JOIN metric_definition d ON d.workspace_id = o.workspace_id AND d.id = o.metric_definition_id
      JOIN touchpoint t ON t.workspace_id = o.workspace_id AND t.id = o.touchpoint_id
      LEFT JOIN touchpoint_metric tm ON tm.workspace_id = o.workspace_id AND tm.touchpoint_id = o.touchpoint_id AND tm.metric_definition_id = o.metric_definition_id
     WHERE o.workspace_id = $1)
  SELECT touchpoint_id, metric, site, segment, to_char(day, 'YYYY-MM-DD') AS day, count(*)::text AS n, sum(value)::text AS sum, sum(value * value)::text AS sum_squares,
         count(*) FILTER (WHERE kind = 'nps' AND value >= 9)::text AS promoters,
         count(*) FILTER (WHERE kind = 'nps' AND value BETWEEN 7 AND 8)::text AS passives,
         count(*) FILTER (WHERE kind = 'nps' AND value <= 6)::text AS detractors,
         count(*) FILTER (WHERE (kind = 'nps' AND value = 10) OR (kind = 'csat' AND value = 5) OR (kind = 'ces' AND value = 7))::text AS top_box,
         count(*) FILTER (WHERE (kind = 'csat' AND value >= 4) OR (kind = 'ces' AND value >= 5) OR (kind = 'rate' AND value = 1))::text AS top2_box,
         count(*) FILTER (WHERE kind = 'duration' AND value <= threshold)::text AS within_target,
         CASE WHEN min(kind) = 'duration' THEN array_agg(value ORDER BY value)::text END AS durations
    FROM m GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;

/** The same counters from the raw rows per ISO week or month of the local day ($2), for the coarse roll-ups. */
const RAW_PER_PERIOD = RAW.replace(
  "SELECT touchpoint_id, metric, site, segment, to_char(day, 'YYYY-MM-DD') AS day,",
  "SELECT touchpoint_id, metric, site, segment, to_char(date_trunc($2, day::timestamp), 'YYYY-MM-DD') AS day,",
);

/** The weekly or monthly roll-ups ($2), in the daily query's shape. */
const PERIOD_ROLLUP = `
  SELECT touchpoint_id, metric_definition_id AS metric, site_id AS site, segment, to_char(period_start, 'YYYY-MM-DD') AS day, n::text, sum::text, sum_squares::text,
         promoters::text, passives::text, detractors::text, top_box::text, top2_box::text, within_target::text, hist
    FROM metric_rollup_period WHERE workspace_id = $1 AND grain = $2 ORDER BY 1, 2, 3, 4, 5`;

/** The daily roll-ups summed per week or month ($2), histograms cell by cell. */
const DAILY_SUMMED = `
  SELECT g.touchpoint_id, g.metric, g.site, g.segment, to_char(g.period, 'YYYY-MM-DD') AS day, g.n, g.sum, g.sum_squares, g.promoters, g.passives,
         g.detractors, g.top_box, g.top2_box, g.within_target,
         (SELECT coalesce(array_agg(t ORDER BY i), '{}') FROM (SELECT i, sum(v) AS t FROM metric_rollup x CROSS JOIN LATERAL unnest(x.hist) WITH ORDINALITY AS h(v, i)
            WHERE x.workspace_id = $1 AND x.touchpoint_id = g.touchpoint_id AND x.metric_definition_id = g.metric AND x.site_id = g.site
              AND x.segment = g.segment AND date_trunc($2, x.day::timestamp) = g.period GROUP BY i) c)::text AS hist
    FROM (SELECT touchpoint_id, metric_definition_id AS metric, site_id AS site, segment, date_trunc($2, day::timestamp) AS period,
                 sum(n)::text AS n, sum(sum)::text AS sum, sum(sum_squares)::text AS sum_squares, sum(promoters)::text AS promoters, sum(passives)::text AS passives,
                 sum(detractors)::text AS detractors, sum(top_box)::text AS top_box, sum(top2_box)::text AS top2_box, sum(within_target)::text AS within_target
            FROM metric_rollup WHERE workspace_id = $1 GROUP BY 1, 2, 3, 4, 5) g
   ORDER BY 1, 2, 3, 4, 5`;

const ROLLUP = `
  SELECT touchpoint_id, metric_definition_id AS metric, site_id AS site, segment, to_char(day, 'YYYY-MM-DD') AS day, n::text, sum::text, sum_squares::text,
         promoters::text, passives::text, detractors::text, top_box::text, top2_box::text, within_target::text, hist
    FROM metric_rollup WHERE workspace_id = $1 ORDER BY 1, 2, 3, 4, 5`;

/** Which fixed bucket a duration falls in (bucket k holds [bound k, bound k+1)). */
const bucketOf = (v: number) => DURATION_BUCKET_LOWER_BOUNDS.filter((b) => b <= v).length - 1;

let serial = 0;
interface Row {
  kind: 'response' | 'observation';
  body: Record<string, unknown>;
}
const sent: Row[] = [];

// 45 days from 1 October: several ISO weeks and two months, for the coarse roll-ups.
const when = fc.integer({ min: 0, max: 60 * 24 * 45 }).map((m) => new Date(Date.UTC(2026, 9, 1) + m * 60000).toISOString());
const common = { site: fc.constantFrom(null, ...sites), segment: fc.constantFrom(null, 'vip', '新业主'), occurredAt: when };
const response = fc
  .record({ ...common, nps: fc.option(fc.integer({ min: 0, max: 10 })), csat: fc.option(fc.integer({ min: 1, max: 5 })), ces: fc.option(fc.integer({ min: 1, max: 7 })), tp: fc.nat() })
  .map((r): Row => ({
    kind: 'response',
    body: { touchpointId: touchpoints[r.tp % touchpoints.length], occurredAt: r.occurredAt, site: r.site, segment: r.segment, nps: r.nps ?? (r.csat === null && r.ces === null ? 8 : null), csat: r.csat, ces: r.ces, externalId: `r-${serial++}` },
  }));
const observation = fc
  .record({ ...common, duration: fc.boolean(), minutes: fc.integer({ min: 0, max: 200000 }), ok: fc.boolean(), tp: fc.nat() })
  .map((o): Row => ({
    kind: 'observation',
    body: {
      touchpointId: touchpoints[o.tp % touchpoints.length],
      occurredAt: o.occurredAt,
      site: o.site,
      segment: o.segment,
      metric: o.duration ? 'repair_response_time' : 'first_time_fix',
      value: o.duration ? o.minutes / 10 : o.ok ? 1 : 0,
      externalId: `o-${serial++}`,
    },
  }));

/**
 * A batch that reaches every kind of counter (promoters, top-2-box, a duration within its SLA, a rate,
 * every site and segment, seven days). Random batches reach them only by chance — fast-check favours
 * small numbers, and a duration within a 15-minute SLA is rare among 0…20,000 minutes — so this one is
 * always tried as well, and the check after the property is never vacuous whatever the seed.
 */
function reachingBatch(): Row[] {
  const places = [[null, null], ['s-1', 'vip'], ['s-2', '新业主']] as const;
  return Array.from({ length: 7 }, (_, day) => {
    const [site, segment] = places[day % places.length];
    const occurredAt = new Date(Date.UTC(2026, 10, 2 + day, 3)).toISOString();
    const touchpointId = slaTouchpoint;
    return [
      { kind: 'response', body: { touchpointId, occurredAt, site, segment, nps: 9 + (day % 2), csat: 4, ces: 6, externalId: `r-${serial++}` } },
      { kind: 'observation', body: { touchpointId, occurredAt, site, segment, metric: 'repair_response_time', value: 5 + day, externalId: `o-${serial++}` } },
      { kind: 'observation', body: { touchpointId, occurredAt, site, segment, metric: 'first_time_fix', value: 1, externalId: `o-${serial++}` } },
    ] satisfies Row[];
  }).flat();
}

it('keeps every roll-up counter equal to a GROUP BY over the raw rows, whatever batches arrive', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(response, observation), { minLength: 1, maxLength: 120 }), fc.integer({ min: 0, max: 30 }), async (fresh, resend) => {
      // Some rows sent before come again: they must count once.
      const again = sent.slice(0, Math.min(resend, sent.length));
      const rows = [...fresh, ...again];
      const res = await api.http('/api/v1/feedback', {
        method: 'POST',
        token,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ source: 'prop', responses: rows.filter((r) => r.kind === 'response').map((r) => r.body), observations: rows.filter((r) => r.kind === 'observation').map((r) => r.body) }),
      });
      const body = (await res.json()) as { accepted: { responses: number; observations: number }; duplicates: { responses: number; observations: number } };
      expect(res.status).toBe(201);
      expect(body.duplicates.responses + body.duplicates.observations).toBe(again.length);
      sent.push(...fresh);

      const raw = (await db.query(RAW, [ws.id])).rows;
      const rollups = (await db.query(ROLLUP, [ws.id])).rows;
      expect(rollups.map(({ hist: _h, ...r }) => r)).toEqual(raw.map(({ durations: _d, ...r }) => r));
      raw.forEach((r, i) => {
        const hist = (rollups[i].hist as string[]).map(Number);
        if (r.durations === null) return expect(hist).toEqual([]);
        const values = (r.durations as string).slice(1, -1).split(',').map(Number);
        const expected = DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => values.filter((v) => bucketOf(v) === k).length);
        expect(hist).toEqual(expected);
      });
      // The weekly and monthly roll-ups hold the same counters per period, from the raw rows and as sums of the daily ones.
      for (const grain of ['week', 'month']) {
        const rawPeriods = (await db.query(RAW_PER_PERIOD, [ws.id, grain])).rows;
        const periods = (await db.query(PERIOD_ROLLUP, [ws.id, grain])).rows;
        expect(periods.map(({ hist: _h, ...r }) => r)).toEqual(rawPeriods.map(({ durations: _d, ...r }) => r));
        rawPeriods.forEach((r, i) => {
          const hist = (periods[i].hist as string[]).map(Number);
          if (r.durations === null) return expect(hist).toEqual([]);
          const values = (r.durations as string).slice(1, -1).split(',').map(Number);
          expect(hist).toEqual(DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => values.filter((v) => bucketOf(v) === k).length));
        });
        const summed = (await db.query(DAILY_SUMMED, [ws.id, grain])).rows;
        expect(periods.map((p) => ({ ...p, hist: `{${(p.hist as string[]).join(',')}}` }))).toEqual(summed);
      }
    }),
    { numRuns: 12, examples: [[reachingBatch(), 0]] },
  );
  expect(sent.length).toBeGreaterThan(12);
  // The batches reached every kind of counter, so the equality above was not vacuous.
  const reach = (
    await db.query(
      `SELECT count(*) FILTER (WHERE cardinality(hist) > 0) AS durations, sum(within_target) AS within, sum(promoters) AS promoters, sum(top2_box) AS top2,
              count(DISTINCT segment) AS segments, count(DISTINCT site_id) AS sites, count(DISTINCT day) AS days
         FROM metric_rollup WHERE workspace_id = $1`,
      [ws.id],
    )
  ).rows[0];
  for (const k of ['durations', 'within', 'promoters', 'top2']) expect(Number(reach[k])).toBeGreaterThan(0);
  expect(Number(reach.segments)).toBe(3);
  expect(Number(reach.sites)).toBe(3);
  expect(Number(reach.days)).toBeGreaterThan(5);
  const periods = (await db.query(`SELECT grain, count(DISTINCT period_start)::int AS n FROM metric_rollup_period WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1`, [ws.id])).rows;
  expect(periods.find((p) => p.grain === 'week')?.n).toBeGreaterThan(1);
  expect(periods.find((p) => p.grain === 'month')?.n).toBe(2);
});

it('reports durations (mean, p50/p90 from the histogram, share within SLA) and rates from the roll-ups', async () => {
  // One day far from the property test's days, at a touchpoint whose SLA is 15 minutes.
  const minutes = [3, 4, 12, 12, 14, 45, 50, 70, 200, 20000];
  const fixed = [1, 1, 0, 1, 1, 1, 0, 1, 0, 1];
  const at = (i: number) => `2026-06-10T${String(9 + i).padStart(2, '0')}:00:00+08:00`;
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      source: 'ops',
      observations: [
        ...minutes.map((value, i) => ({ touchpointId: slaTouchpoint, metric: 'repair_response_time', value, occurredAt: at(i), externalId: `d${i}` })),
        ...fixed.map((value, i) => ({ touchpointId: slaTouchpoint, metric: 'first_time_fix', value, occurredAt: at(i), externalId: `f${i}` })),
      ],
    }),
  });
  expect(res.status).toBe(201);
  const data = await api.gqlOk<{ kpis: { metrics: { key: string; total: Record<string, number | string | null> }[] } }>(
    `query($id: ID!) { kpis(scope: TOUCHPOINT, id: $id, from: "2026-06-10", to: "2026-06-10", granularity: DAY) { metrics { key total { value n low high mean p50 p90 withinTarget status target } } } }`,
    { id: slaTouchpoint },
    { token: ws.owner.token, workspaceId: ws.id },
  );
  const byKey = Object.fromEntries(data.kpis.metrics.map((m) => [m.key, m.total]));
  const d = byKey['repair_response_time'];
  // Hand-computed: Σ = 20410 → mean 2041. Buckets: [2,5)×2, [10,15)×3, [30,60)×2, [60,120)×1, [120,240)×1, [10080,∞)×1.
  // p50: rank 5 ends in [10,15) (2 before, 3 in it) → 10 + 3/3·5 = 15. p90: rank 9 is the one value in [120,240) → 120 + 1/1·120 = 240.
  // Within the 15-minute SLA: 3, 4, 12, 12, 14 → 50 %.
  expect(d).toMatchObject({ n: 10, value: 2041, mean: 2041, p50: 15, p90: 240, withinTarget: 50, status: 'LOW_SAMPLE' });
  expect(d.low as number).toBeLessThan(2041);
  const r = byKey['first_time_fix'];
  // 7 of 10: Wilson 95 % = (0.7 + 0.19207)/1.38415 ± 1.96·sqrt(0.021 + 0.009604)/1.38415 → 39.68 … 89.22 %
  expect(r).toMatchObject({ n: 10, value: 70 });
  expect(r.low as number).toBeCloseTo(39.68, 1);
  expect(r.high as number).toBeCloseTo(89.22, 1);
});
