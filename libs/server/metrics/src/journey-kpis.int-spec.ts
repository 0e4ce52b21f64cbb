import { npsCounts, nps, csat, tQuantile975 } from '@opencx/domain';
import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * The map's one request: a batch whose answers this spec knows goes in through the REST endpoint,
 * and `journeyKpis` must give per touchpoint exactly the figures the spec computes itself from those
 * answers (NPS, CSAT, a duration's mean, and measured emotion with its t interval), only within the
 * window, absent where nothing was measured, with a statement count that does not grow with the data.
 */
let api: TestApi;
let ws: TestWorkspace;
let token: string;
let journeyId: string;
let tps: { id: string; slaMinutes: number | null }[] = [];
const opts = () => ({ token: ws.owner.token, workspaceId: ws.id });

const QUERY = `query($j: ID!, $from: String!, $to: String!) { journeyKpis(journeyId: $j, from: $from, to: $to) {
  journeyId touchpoints { touchpointId emotion { value n low high lowSample }
    metrics { key kind bound figure { value n low high lowSample target status mean } } } } }`;

interface Figure { value: number | null; n: number; low: number | null; high: number | null; lowSample: boolean; target: number | null; status: string; mean: number | null }
interface Answer { journeyKpis: { journeyId: string; touchpoints: { touchpointId: string; emotion: Omit<Figure, 'target' | 'status' | 'mean'>; metrics: { key: string; kind: string; bound: boolean; figure: Figure }[] }[] } }

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Map KPIs');
  const journey = await api.gqlOk<{ createJourneyFromTemplate: { id: string; stages: { touchpoints: { id: string; slaMinutes: number | null }[] }[] } }>(
    `mutation { createJourneyFromTemplate(input: { templateKey: "property-services/repair-request" }) { id stages { touchpoints { id slaMinutes } } } }`,
    {},
    opts(),
  );
  journeyId = journey.createJourneyFromTemplate.id;
  tps = journey.createJourneyFromTemplate.stages.flatMap((s) => s.touchpoints);
  await api.gqlOk(`mutation { createSite(input: { code: "A1", name: "阳光小区" }) { id } }`, {}, opts());
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "t", scopes: ["feedback:write"] }) { secret } }`, {}, opts())).createApiToken.secret;
});
afterAll(async () => {
  await api?.close();
});

let serial = 0;
async function post(body: Record<string, unknown>): Promise<void> {
  const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
}
const kpis = (from: string, to: string) => api.gqlOk<Answer>(QUERY, { j: journeyId, from, to }, opts());

it('gives each touchpoint the figures computed from the answers sent, within the window only', async () => {
  const [first, second] = tps;
  const sla = tps.find((t) => t.slaMinutes === 15 && t.id !== first.id) ?? tps[0];
  // First touchpoint: 12 responses on 2026-03-10 (Shanghai noon), with NPS, CSAT, sometimes CES.
  const npsA = [10, 9, 9, 8, 7, 6, 3, 0, 10, 9, 5, 8];
  const csatA = [5, 4, 4, 3, 2, 5, 5, 1, 4, 5, 3, 4];
  const cesA = [7, null, 6, null, 4, null, 1, null, 7, null, 2, null];
  const responses = npsA.map((n, i) => ({
    touchpointId: first.id,
    occurredAt: '2026-03-10T04:00:00Z',
    externalId: `kpi-${serial++}`,
    site: i % 2 ? 'A1' : undefined,
    nps: n,
    csat: csatA[i],
    ...(cesA[i] === null ? {} : { ces: cesA[i] }),
  }));
  // Second touchpoint: 3 responses inside the window and 2 outside it (must not count).
  const inside = [{ nps: 2 }, { nps: 4 }, { csat: 2 }];
  const outside = [{ nps: 10 }, { nps: 10 }];
  for (const [i, r] of inside.entries()) responses.push({ touchpointId: second.id, occurredAt: `2026-03-0${i + 1}T02:00:00Z`, externalId: `kpi-${serial++}`, ...r } as never);
  for (const r of outside) responses.push({ touchpointId: second.id, occurredAt: '2026-05-01T02:00:00Z', externalId: `kpi-${serial++}`, ...r } as never);
  // Repair minutes to first response at the SLA touchpoint.
  const minutes = [5, 12, 40, 90];
  const observations = minutes.map((v) => ({ touchpointId: sla.id, metric: 'repair_response_time', value: v, occurredAt: '2026-03-12T03:00:00Z', externalId: `obs-${serial++}` }));
  await post({ responses, observations });

  api.resetQueryCount();
  const answer = (await kpis('2026-03-01', '2026-03-31')).journeyKpis;
  const statements = api.queryCount();
  expect(answer.touchpoints.map((t) => t.touchpointId)).toEqual(tps.map((t) => t.id));
  const at = (id: string) => answer.touchpoints.find((t) => t.touchpointId === id)!;
  const metric = (id: string, key: string) => at(id).metrics.find((m) => m.key === key)?.figure;

  const expectedNps = nps(npsCounts(npsA))!;
  expect(metric(first.id, 'nps')).toMatchObject({ value: expectedNps.value, n: 12, lowSample: true, status: 'LOW_SAMPLE' });
  expect(metric(first.id, 'nps')!.low).toBeCloseTo(expectedNps.interval.low, 9);
  expect(metric(first.id, 'nps')!.high).toBeCloseTo(expectedNps.interval.high, 9);
  expect(metric(first.id, 'csat')).toMatchObject({ value: csat(csatA)!.value, n: 12 });
  const cesGiven = cesA.filter((c): c is number => c !== null);
  expect(metric(first.id, 'ces')!.n).toBe(cesGiven.length);
  expect(metric(first.id, 'ces')!.mean).toBeCloseTo(cesGiven.reduce((a, b) => a + b, 0) / cesGiven.length, 9);

  // Measured emotion, computed here from §3b: each response's mean of (nps−5)/5, (csat−3)/2, (ces−4)/3.
  const e = npsA.map((n, i) => {
    const parts = [(n - 5) / 5, (csatA[i] - 3) / 2, ...(cesA[i] === null ? [] : [((cesA[i] as number) - 4) / 3])];
    return parts.reduce((a, b) => a + b, 0) / parts.length;
  });
  const mean = e.reduce((a, b) => a + b, 0) / e.length;
  const sd = Math.sqrt(e.reduce((a, x) => a + (x - mean) ** 2, 0) / (e.length - 1));
  const half = tQuantile975(e.length - 1) * (sd / Math.sqrt(e.length));
  const emotion = at(first.id).emotion;
  expect(emotion.n).toBe(12);
  expect(emotion.value).toBeCloseTo(3 * mean, 9);
  expect(emotion.low).toBeCloseTo(Math.max(-3, 3 * (mean - half)), 9);
  expect(emotion.high).toBeCloseTo(Math.min(3, 3 * (mean + half)), 9);

  // Second touchpoint: only March counts: NPS 2 and 4 (both detractors) → −100; emotion of −0.6, −0.2, −0.5.
  expect(metric(second.id, 'nps')).toMatchObject({ value: -100, n: 2 });
  expect(at(second.id).emotion.n).toBe(3);
  expect(at(second.id).emotion.value).toBeCloseTo(3 * ((-0.6 - 0.2 - 0.5) / 3), 9);

  // The duration: its mean, against the touchpoint's bound metric.
  const duration = at(sla.id).metrics.find((m) => m.key === 'repair_response_time')!;
  expect(duration.figure).toMatchObject({ value: minutes.reduce((a, b) => a + b, 0) / minutes.length, n: 4 });

  // A touchpoint with nothing measured: emotion absent (not 0), its bound metrics NO_DATA.
  const quiet = tps.find((t) => ![first.id, second.id, sla.id].includes(t.id))!;
  expect(at(quiet.id).emotion).toEqual({ value: null, n: 0, low: null, high: null, lowSample: true });
  expect(at(quiet.id).metrics.every((m) => m.bound && m.figure.value === null && m.figure.status === 'NO_DATA')).toBe(true);

  // May holds only the two 10s of the second touchpoint.
  const may = (await kpis('2026-05-01', '2026-05-31')).journeyKpis;
  expect(may.touchpoints.find((t) => t.touchpointId === second.id)!.metrics.find((m) => m.key === 'nps')!.figure).toMatchObject({ value: 100, n: 2 });
  expect(may.touchpoints.find((t) => t.touchpointId === first.id)!.emotion.n).toBe(0);

  // Twice the data, the same statements: the read sums roll-ups, it does not walk responses.
  await post({ responses: responses.map((r) => ({ ...r, externalId: `again-${(r as { externalId: string }).externalId}` })) });
  api.resetQueryCount();
  const doubled = (await kpis('2026-03-01', '2026-03-31')).journeyKpis;
  expect(api.queryCount()).toBe(statements);
  expect(doubled.touchpoints.find((t) => t.touchpointId === first.id)!.emotion.n).toBe(24);
  expect(doubled.touchpoints.find((t) => t.touchpointId === first.id)!.emotion.value).toBeCloseTo(3 * mean, 9);
});

it('names the field of a bad window and reads nothing for an unknown journey', async () => {
  const bad = await api.gql(QUERY, { j: journeyId, from: '2026-03-31', to: '2026-03-01' }, opts());
  expect(JSON.stringify(bad.errors)).toContain('to');
  const long = await api.gql(QUERY, { j: journeyId, from: '2024-01-01', to: '2026-03-01' }, opts());
  expect(JSON.stringify(long.errors)).toContain('from');
  const unknown = await api.gqlOk<Answer>(QUERY, { j: '00000000-0000-4000-8000-000000000001', from: '2026-03-01', to: '2026-03-31' }, opts());
  expect(unknown.journeyKpis.touchpoints).toEqual([]);
});
