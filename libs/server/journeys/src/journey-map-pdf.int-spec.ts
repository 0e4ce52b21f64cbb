import { execFileSync } from 'node:child_process';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * The journey map as a presentable PDF through the real endpoint: landscape A4 or A3 pages of real
 * text (read back with a PDF parser, Chinese included), split at stage boundaries with the lane
 * labels on every page, the persona, the legend and custom lanes; a viewer may export.
 */
// The embedded database and API share a busy machine in CI: generous limits, no timing asserted.
jest.setTimeout(300_000);

let api: TestApi;
let ws: TestWorkspace;
let viewer: TestUser;
let journeyId: string;

// pdf-parse (pdf.js) loads its worker by dynamic import, which Jest's module sandbox refuses: run it in a plain Node process.
const PARSE = `const { PDFParse } = require('pdf-parse');
(async () => { const p = new PDFParse({ data: require('fs').readFileSync(0) }); const r = await p.getText(); process.stdout.write(JSON.stringify({ text: r.text, pages: r.total })); await p.destroy(); })();`;
const parse = (pdf: Uint8Array) => JSON.parse(execFileSync(process.execPath, ['-e', PARSE], { input: pdf, cwd: process.cwd(), encoding: 'utf8' })) as { text: string; pages: number };

const tp = (name: string, emotion = 0) => ({ name, channel: 'wechat', customerAction: `${name}的行为`, customerThought: '', expectation: '', emotion, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] });
const stage = (name: string, n: number) => ({ name, description: '', touchpoints: Array.from({ length: n }, (_, i) => tp(`${name}触点${i + 1}`, (i % 7) - 3)) });

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '地图PDF');
  viewer = await addMember(api, ws, 'viewer');
  const opts = { token: ws.owner.token, workspaceId: ws.id };
  // Touchpoints per stage 2, 1, 3, 0, 6, 1, 2: see journey-map-pdf.spec.ts for the pages this makes.
  const stages = [stage('提交报修', 2), stage('受理', 1), stage('派单', 3), stage('等待', 0), stage('上门维修', 6), stage('验收', 1), stage('回访评价', 2)];
  stages[0]!.touchpoints[0]!.painPoints = [{ title: '电话总占线', description: '', severity: 4, source: 'manual', evidenceCount: 0 }] as never;
  const document = {
    format: 'opencx.journey',
    version: 1,
    journey: {
      name: '报修旅程 Repair',
      description: '',
      state: 'current',
      shape: 'linear',
      status: 'published',
      persona: { name: '王女士', description: '修好就行，别让我跑两趟。', goals: ['一次修好'], needs: ['准时上门'], frustrations: [], segmentKey: null },
      lanes: [{ key: 'backstage', nameZh: '后台流程', nameEn: 'Backstage process', kind: 'text' }],
      stages: stages.map((s, i) => (i === 0 ? { ...s, touchpoints: s.touchpoints.map((t, j) => (j === 0 ? { ...t, laneValues: { backstage: ['客服登记工单'] } } : t)) } : s)),
    },
  };
  journeyId = (await api.gqlOk<{ importJourney: { id: string } }>(`mutation($d: JSON!) { importJourney(document: $d) { id } }`, { d: document }, opts)).importJourney.id;
}, 300_000);
afterAll(async () => {
  await api?.close();
});

const get = (query: string) => api.http(`/api/v1/journeys/${journeyId}/map.pdf${query}`, { token: viewer.token, workspaceId: ws.id });

it('A4 landscape in Chinese: four pages (five columns a page), title block, persona, legend, lane labels on every page, channel names not codes', async () => {
  const res = await get('?paper=A4&locale=zh-CN');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/pdf/);
  const pdf = new Uint8Array(await res.arrayBuffer());
  const raw = Buffer.from(pdf).toString('latin1');
  // A4 landscape: 841.89 × 595.28 points, on every page.
  const boxes = raw.match(/\/MediaBox \[[^\]]+\]/g) ?? [];
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) expect(b).toBe('/MediaBox [0 0 841.89 595.28]');
  const { text, pages } = parse(pdf);
  // (841.89 − 2 × 30 − 96) / 118 = 5.8: five touchpoint columns a page → [2+1] [3+empty] [5 of 6] [1 of 6, 1, 2].
  expect(pages).toBe(4);
  expect(text).toContain('报修旅程 Repair');
  expect(text).toContain('现状');
  expect(text).toContain('已发布');
  expect(text).toContain('用户画像: 王女士');
  expect(text).toContain('修好就行，别让我跑两趟。');
  expect(text).toContain('情绪：−3 非常不满');
  expect(text).toContain('1. 提交报修');
  expect(text).toContain('5. 上门维修 （续）');
  expect(text).toContain('电话总占线');
  expect(text).toContain('S4');
  expect(text).toContain('后台流程');
  expect(text).toContain('客服登记工单');
  expect(text).toContain('微信');
  expect(text).not.toContain('wechat');
  expect(text).toContain('第 4 页，共 4 页');
  // Lane labels repeat: "客户行为" once per page.
  expect(text.split('客户行为').length - 1).toBeGreaterThanOrEqual(4);
});

it('A3 landscape in English: three pages (eight columns a page), English labels; a bad paper size is refused', async () => {
  // Asked before the parse below, which blocks this process (and the in-process API's sockets) for a while.
  const bad = await get('?paper=Letter');
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain('paper');
  const res = await get('?paper=A3&locale=en');
  expect(res.status).toBe(200);
  const pdf = new Uint8Array(await res.arrayBuffer());
  for (const b of Buffer.from(pdf).toString('latin1').match(/\/MediaBox \[[^\]]+\]/g) ?? []) expect(b).toBe('/MediaBox [0 0 1190.55 841.89]');
  const { text, pages } = parse(pdf);
  // (1190.55 − 60 − 96) / 118 = 8.8: eight columns → [2+1+3+empty] [6+1] [2].
  expect(pages).toBe(3);
  expect(text).toContain('Current state');
  expect(text).toContain('Customer actions');
  expect(text).toContain('Backstage process');
  expect(text).toContain('WeChat');
  expect(text).toContain('Page 3 of 3');
  // The journey's own (Chinese) content stays as written.
  expect(text).toContain('提交报修');

});
