import { execFileSync } from 'node:child_process';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';
import { renderDashboardPdf } from './services/dashboard-pdf';

/**
 * The dashboard PDF through the real endpoint: A4 landscape, the filters printed, Chinese glyphs
 * embedded (the text extracted by a PDF parser reads back in Chinese), a viewer may export.
 */
let api: TestApi;
let ws: TestWorkspace;
let viewer: TestUser;
let journey: { id: string; name: string; touchpointId: string };

// pdf-parse (pdf.js) loads its worker by dynamic import, which Jest's module sandbox refuses: run it in a plain Node process.
const PARSE = `const { PDFParse } = require('pdf-parse');
(async () => { const p = new PDFParse({ data: require('fs').readFileSync(0) }); process.stdout.write((await p.getText()).text); await p.destroy(); })();`;
const textOf = async (pdf: Uint8Array) => execFileSync(process.execPath, ['-e', PARSE], { input: pdf, cwd: process.cwd(), encoding: 'utf8' });

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'PDF');
  viewer = await addMember(api, ws, 'viewer');
  const opts = { token: ws.owner.token, workspaceId: ws.id };
  const created = await api.gqlOk<{ createJourney: { id: string; name: string } }>(`mutation { createJourney(input: { name: "报修旅程 Repair" }) { id name } }`, {}, opts);
  const stage = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($j: ID!) { addStage(input: { journeyId: $j, name: "报修" }) { stages { id } } }`, { j: created.createJourney.id }, opts);
  const tp = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($s: ID!) { addTouchpoint(input: { stageId: $s, name: "上门维修", channel: "in_person" }) { stages { touchpoints { id } } } }`,
    { s: stage.addStage.stages[0].id },
    opts,
  );
  journey = { id: created.createJourney.id, name: created.createJourney.name, touchpointId: tp.addTouchpoint.stages[0].touchpoints[0].id };
  const token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "t", scopes: ["feedback:write"] }) { secret } }`, {}, opts)).createApiToken.secret;
  // CSAT 50 % in the first week, 90 % in the second (100 answers each): a significant rise.
  const responses = [0, 1].flatMap((week) =>
    Array.from({ length: 100 }, (_, i) => ({ touchpointId: journey.touchpointId, occurredAt: `2026-06-0${week ? 9 : 2}T04:00:00Z`, externalId: `pdf-${week}-${i}`, segment: 'VIP', csat: i < (week ? 90 : 50) ? 5 : 2 })),
  );
  const res = await api.http('/api/v1/feedback', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await api?.close();
});

it('prints the filters, the figures and the significance marker, in Chinese, on A4 landscape', async () => {
  const res = await api.http(`/api/v1/journeys/${journey.id}/dashboard.pdf?from=2026-06-01&to=2026-06-14&granularity=WEEK&segment=VIP&locale=zh-CN`, { token: viewer.token, workspaceId: ws.id });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/pdf/);
  const pdf = new Uint8Array(await res.arrayBuffer());
  expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
  // A4 landscape: 841.89 × 595.28 points.
  expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  const text = await textOf(pdf);
  expect(text).toContain('KPI 仪表盘：报修旅程 Repair');
  expect(text).toContain('筛选条件');
  expect(text).toContain('2026-06-01');
  expect(text).toContain('2026-06-14');
  expect(text).toContain('客群 VIP');
  expect(text).toContain('客户满意度');
  // 50 % → 90 % of 100 each: +40 points, significant.
  expect(text).toContain('显著上升 +40.0');
  expect(text).toContain('2026-06-08');
});

it('speaks English when asked and refuses a bad granularity naming the field', async () => {
  const en = await api.http(`/api/v1/journeys/${journey.id}/dashboard.pdf?from=2026-06-01&to=2026-06-07&granularity=WEEK&locale=en`, { token: viewer.token, workspaceId: ws.id });
  expect(en.status).toBe(200);
  const text = await textOf(new Uint8Array(await en.arrayBuffer()));
  expect(text).toContain('KPI dashboard: 报修旅程 Repair');
  expect(text).toContain('Segment all');
  const bad = await api.http(`/api/v1/journeys/${journey.id}/dashboard.pdf?from=2026-06-01&to=2026-06-07&granularity=YEAR`, { token: viewer.token, workspaceId: ws.id });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toMatch(/granularity/);
});

it('fails with a clear error when the CJK font is absent', () => {
  expect(() =>
    renderDashboardPdf(
      { journeyName: 'x', locale: 'en', filters: { from: '2026-06-01', to: '2026-06-07', granularity: 'WEEK', segment: null, site: null }, report: { metrics: [] } as never, generatedAt: new Date() },
      '/nonexistent/NotoSansCJK-Regular.ttc',
    ),
  ).toThrow(/PDF font is missing: \/nonexistent\/NotoSansCJK-Regular.ttc/);
});
