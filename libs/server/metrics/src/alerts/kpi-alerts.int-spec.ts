import { nps, npsCounts } from '@opencx/domain';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';
import { KpiAlertService } from './kpi-alert.service';

// jStat (no type declarations): an independent normal CDF for the p-values this spec computes.
const { jStat } = require('jstat') as { jStat: { normal: { cdf(x: number, mean: number, sd: number): number } } };

/**
 * Issue 11 alerts on real PostgreSQL through the real API: answers go in through the REST batch, the
 * alert rule runs (on demand through `checkKpiAlerts`, and as the pg-boss job), and `alerts` must show
 * exactly the figures this spec computes itself from the answers it sent.
 */
let api: TestApi;
let ws: TestWorkspace;
let token: string;
let tps: string[] = [];
let npsId: string;
const opts = () => ({ token: ws.owner.token, workspaceId: ws.id });

const ALERT_FIELDS = `id status journeyId journeyName touchpointId touchpointName metricKey metricKind value n low high warningThreshold target
  comparisonValue comparisonN difference pValue method windowFrom windowTo comparisonFrom comparisonTo latestValue latestN acknowledgedAt resolvedAt resolvedValue`;
interface Alert {
  id: string;
  status: string;
  touchpointId: string;
  touchpointName: string | null;
  metricKey: string;
  value: number;
  n: number;
  low: number | null;
  high: number | null;
  warningThreshold: number;
  target: number | null;
  comparisonValue: number | null;
  comparisonN: number;
  difference: number;
  pValue: number;
  method: string;
  windowFrom: string;
  windowTo: string;
  comparisonFrom: string;
  comparisonTo: string;
  latestValue: number | null;
  latestN: number;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resolvedValue: number | null;
}

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Alerts');
  const journey = await api.gqlOk<{ createJourneyFromTemplate: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation { createJourneyFromTemplate(input: { templateKey: "property-services/repair-request" }) { stages { touchpoints { id } } } }`,
    {},
    opts(),
  );
  tps = journey.createJourneyFromTemplate.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "t", scopes: ["feedback:write"] }) { secret } }`, {}, opts())).createApiToken.secret;
  // Core metrics are defined on first use; then each touchpoint of this spec shows NPS only (target 30, warning 0).
  await post([{ touchpointId: tps[0], occurredAt: new Date(Date.now() - 400 * 86_400_000).toISOString(), externalId: 'first', nps: 9 }]);
  const defs = await api.gqlOk<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {}, opts());
  npsId = defs.metricDefinitions.find((d) => d.key === 'nps')!.id;
  for (const tp of tps.slice(0, 4)) {
    await api.gqlOk(`mutation($input: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $input) { id } }`, { input: { touchpointId: tp, metrics: [{ metricDefinitionId: npsId }] } }, opts());
  }
});
afterAll(async () => {
  await api?.close();
});

let serial = 0;
async function post(responses: Record<string, unknown>[]): Promise<void> {
  const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
  expect(res.status).toBe(201);
}
/** NPS answers at a touchpoint `daysAgo` days before now: `promoters` 10s, `passives` 8s, `detractors` 3s. */
const answers = (touchpointId: string, daysAgo: number, promoters: number, passives: number, detractors: number) => {
  const scores = [...Array(promoters).fill(10), ...Array(passives).fill(8), ...Array(detractors).fill(3)] as number[];
  const occurredAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return { scores, rows: scores.map((nps) => ({ touchpointId, occurredAt, externalId: `a-${serial++}`, nps })) };
};
const check = () => api.gqlOk<{ checkKpiAlerts: { opened: number; resolved: number; open: number; windowTo: string } }>(`mutation { checkKpiAlerts { opened resolved open windowTo } }`, {}, opts());
const alerts = async (status?: string): Promise<Alert[]> =>
  (await api.gqlOk<{ alerts: { nodes: Alert[] } }>(`query($s: KpiAlertStatus) { alerts(status: $s, first: 100) { nodes { ${ALERT_FIELDS} } } }`, { s: status ?? null }, opts())).alerts.nodes;

/** The NPS difference z-test done by hand: NPS = p − d, Var = (p + d − (p − d)²) / n. */
function npsTest(before: number[], after: number[]) {
  const stat = (xs: number[]) => {
    const p = xs.filter((x) => x >= 9).length / xs.length;
    const d = xs.filter((x) => x <= 6).length / xs.length;
    return { v: p - d, var: (p + d - (p - d) ** 2) / xs.length };
  };
  const a = stat(before);
  const b = stat(after);
  const z = (b.v - a.v) / Math.sqrt(a.var + b.var);
  return { difference: 100 * (b.v - a.v), pValue: 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1)) };
}
const shanghaiDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));

it('opens exactly one alert on a significant drop below the warning threshold, with the figures that triggered it', async () => {
  const before = answers(tps[0], 10, 24, 8, 8); // NPS +40, n 40, 7–13 days ago
  const after = answers(tps[0], 2, 8, 8, 24); // NPS −40, n 40, this week
  await post([...before.rows, ...after.rows]);

  const first = await check();
  expect(first.checkKpiAlerts.opened).toBe(1);
  const open = (await alerts('OPEN')).filter((a) => a.touchpointId === tps[0]);
  expect(open).toHaveLength(1);
  const [alert] = open;
  const expected = npsTest(before.scores, after.scores);
  expect(expected.pValue).toBeLessThan(0.05);
  const figure = nps(npsCounts(after.scores))!;
  expect(alert).toMatchObject({ status: 'OPEN', metricKey: 'nps', method: 'nps_z', n: 40, comparisonN: 40, warningThreshold: 0, target: 30, latestN: 40 });
  expect(alert.touchpointName).toBeTruthy();
  expect(alert.value).toBeCloseTo(-40, 9);
  expect(alert.comparisonValue).toBeCloseTo(40, 9);
  expect(alert.difference).toBeCloseTo(expected.difference, 9);
  expect(alert.pValue).toBeCloseTo(expected.pValue, 6);
  expect(alert.low).toBeCloseTo(figure.interval.low, 9);
  expect(alert.high).toBeCloseTo(figure.interval.high, 9);
  expect(alert.windowTo).toBe(shanghaiDay(0));
  expect(alert.windowFrom).toBe(shanghaiDay(-6));
  expect(alert.comparisonTo).toBe(shanghaiDay(-7));
  expect(alert.comparisonFrom).toBe(shanghaiDay(-13));

  // Evaluating again changes nothing.
  const again = await check();
  expect(again.checkKpiAlerts.opened).toBe(0);
  expect((await alerts()).filter((a) => a.touchpointId === tps[0])).toHaveLength(1);
});

it('opens no alert for a dip below the threshold that is within noise', async () => {
  const before = answers(tps[1], 9, 16, 10, 14); // NPS +5
  const after = answers(tps[1], 1, 14, 10, 16); // NPS −5: below the warning threshold 0
  await post([...before.rows, ...after.rows]);
  expect(npsTest(before.scores, after.scores).pValue).toBeGreaterThan(0.05);
  await check();
  expect((await alerts()).filter((a) => a.touchpointId === tps[1])).toHaveLength(0);
});

it('never opens two alerts when evaluations run concurrently (on demand and the job)', async () => {
  const before = answers(tps[2], 11, 30, 5, 5);
  const after = answers(tps[2], 3, 5, 5, 30);
  await post([...before.rows, ...after.rows]);
  const service = api.app.get(KpiAlertService);
  const results = await Promise.all([check(), check(), service.evaluateAll(), check()]);
  const opened = results.filter((r): r is Awaited<ReturnType<typeof check>> => !!r).reduce((s, r) => s + r.checkKpiAlerts.opened, 0);
  expect(opened).toBeLessThanOrEqual(1);
  expect((await alerts()).filter((a) => a.touchpointId === tps[2])).toHaveLength(1);
});

it('the pg-boss job opens alerts too', async () => {
  const before = answers(tps[3], 12, 20, 10, 10);
  const after = answers(tps[3], 4, 5, 5, 30);
  await post([...before.rows, ...after.rows]);
  await api.app.get(KpiAlertService).trigger();
  let found: Alert[] = [];
  for (let i = 0; i < 300 && !found.length; i++) {
    found = (await alerts('OPEN')).filter((a) => a.touchpointId === tps[3]);
    if (!found.length) await new Promise((r) => setTimeout(r, 100));
  }
  expect(found).toHaveLength(1);
  expect(found[0].n).toBe(40);
  expect(found[0].value).toBeCloseTo(nps(npsCounts(after.scores))!.value, 9);
});

it('acknowledging keeps the alert open (editors only); recovery resolves it', async () => {
  const [alert] = (await alerts('OPEN')).filter((a) => a.touchpointId === tps[0]);
  const viewer = await addMember(api, ws, 'viewer');
  const refused = await api.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: alert.id }, { token: viewer.token, workspaceId: ws.id });
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const acked = await api.gqlOk<{ acknowledgeAlert: { status: string; acknowledgedAt: string | null } }>(`mutation($id: ID!) { acknowledgeAlert(id: $id) { status acknowledgedAt } }`, { id: alert.id }, opts());
  expect(acked.acknowledgeAlert.status).toBe('OPEN');
  expect(acked.acknowledgeAlert.acknowledgedAt).not.toBeNull();

  // 40 more promoters this week: 48 P, 8 passives, 24 D of 80 → NPS 30, back above the warning threshold 0.
  await post(answers(tps[0], 1, 40, 0, 0).rows);
  const result = await check();
  expect(result.checkKpiAlerts.resolved).toBe(1);
  const [resolved] = (await alerts('RESOLVED')).filter((a) => a.id === alert.id);
  expect(resolved.status).toBe('RESOLVED');
  expect(resolved.resolvedAt).not.toBeNull();
  expect(resolved.resolvedValue).toBeCloseTo(100 * (48 - 24) / 80, 9);
  expect(resolved.latestN).toBe(80);
  expect((await alerts('OPEN')).some((a) => a.id === alert.id)).toBe(false);
  // A later drop may open a new alert; the resolved one stays as history.
  expect((await alerts()).filter((a) => a.touchpointId === tps[0])).toHaveLength(1);
});
