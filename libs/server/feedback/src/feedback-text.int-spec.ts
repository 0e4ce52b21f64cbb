import { Client } from 'pg';
import { sentimentLabel } from '@opencx/domain';
import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Text analytics on ingestion (DESIGN.md §3b), over HTTP against real PostgreSQL: every comment
 * that comes in gets a language, a sentiment and the topic tags of the workspace's enabled
 * plugins, beside the caller's own tags; the comment itself is stored as sent.
 */

let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let token = '';
let touchpointId = '';

const as = () => ({ token: ws.owner.token, workspaceId: ws.id });

interface StoredText {
  comment: string | null;
  language: string | null;
  sentiment: number | null;
  tags: string[];
}

async function stored(externalId: string): Promise<StoredText> {
  const { rows } = await db.query<StoredText>(`SELECT comment, language, sentiment, tags FROM feedback_response WHERE workspace_id = $1 AND external_id = $2`, [ws.id, externalId]);
  if (rows.length !== 1) throw new Error(`expected one row for ${externalId}, got ${rows.length}`);
  return rows[0];
}

async function post(responses: Record<string, unknown>[]): Promise<void> {
  const res = await api.http('/api/v1/feedback', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ source: 'survey', responses: responses.map((r) => ({ touchpointId, occurredAt: '2026-11-20T10:00:00+08:00', ...r })) }),
  });
  expect({ status: res.status, body: res.status === 201 ? null : await res.text() }).toEqual({ status: 201, body: null });
}

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '物业 文本');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "报修" }) { id } }`, {}, as())).createJourney.id;
  const stage = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId, name: '维修' } }, as());
  const tp = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { stages { touchpoints { id } } } }`,
    { i: { stageId: stage.addStage.stages[0].id, name: '上门维修' } },
    as(),
  );
  touchpointId = tp.addTouchpoint.stages[0].touchpoints[0].id;
  token = (await api.gqlOk<{ createApiToken: { secret: string } }>(`mutation { createApiToken(input: { name: "survey", scopes: ["feedback:write"] }) { secret } }`, {}, as())).createApiToken.secret;
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('a REST batch with comments', () => {
  beforeAll(async () => {
    await post([
      { externalId: 'zh-neg', csat: 1, comment: '楼上漏水一个星期了，电梯也坏了，物业非常不负责' },
      { externalId: 'zh-pos', csat: 5, comment: '维修师傅来得很及时，服务非常好', tags: ['vip', 'repair'] },
      { externalId: 'zh-no-problem', csat: 4, comment: '没有问题' },
      { externalId: 'en-neg', nps: 2, comment: 'The lift is not working and the cleaning is terrible.' },
      { externalId: 'en-pos', nps: 10, comment: 'Really great service, the plumber fixed the leak quickly!' },
      { externalId: 'html', csat: 2, comment: '<script>alert(1)</script> 停车 <b>太贵</b>' },
      { externalId: 'given-language', csat: 3, comment: 'ok', language: 'en-GB' },
      { externalId: 'no-comment', nps: 8, tags: ['phone'] },
    ]);
  });

  it('stores the language detected from the script', async () => {
    expect((await stored('zh-neg')).language).toBe('zh');
    expect((await stored('en-pos')).language).toBe('en');
    // The caller's language wins when it sends one.
    expect((await stored('given-language')).language).toBe('en-GB');
  });

  it('stores a sentiment that reads negative, positive or not negative as the comment does', async () => {
    const label = async (id: string) => sentimentLabel((await stored(id)).sentiment as number);
    expect(await label('zh-neg')).toBe('negative');
    expect(await label('zh-pos')).toBe('positive');
    expect(await label('en-neg')).toBe('negative');
    expect(await label('en-pos')).toBe('positive');
    expect((await stored('zh-no-problem')).sentiment).toBeGreaterThan(0);
    expect((await stored('zh-pos')).sentiment).toBeGreaterThanOrEqual(-1);
    expect((await stored('zh-pos')).sentiment).toBeLessThanOrEqual(1);
  });

  it('tags comments with the topics of the enabled plugins after the caller’s tags, once each', async () => {
    expect((await stored('zh-neg')).tags).toEqual(['leak', 'elevator']);
    expect((await stored('zh-pos')).tags).toEqual(['vip', 'repair']);
    expect((await stored('en-neg')).tags).toEqual(['elevator', 'cleaning']);
    expect((await stored('en-pos')).tags).toEqual(['leak', 'repair']);
    expect((await stored('html')).tags).toEqual(['parking', 'price']);
  });

  it('leaves a response without a comment unscored and keeps its tags', async () => {
    expect(await stored('no-comment')).toEqual({ comment: null, language: null, sentiment: null, tags: ['phone'] });
  });

  it('stores each comment’s keywords once: words, no particles, punctuation or stop words', async () => {
    const keywords = async (externalId: string) =>
      (await db.query<{ keywords: string[] }>(`SELECT keywords FROM feedback_response WHERE workspace_id = $1 AND external_id = $2`, [ws.id, externalId])).rows[0].keywords;
    const zh = await keywords('zh-neg');
    expect(zh).toEqual(expect.arrayContaining(['漏水', '电梯']));
    expect(zh.filter((k) => ['了', '，', '也', '一个'].includes(k))).toEqual([]);
    expect(new Set(zh).size).toBe(zh.length);
    const en = await keywords('en-neg');
    expect(en).toEqual(expect.arrayContaining(['lift', 'working', 'cleaning', 'terrible']));
    expect(en.filter((k) => ['the', 'is', 'and', 'not'].includes(k))).toEqual([]);
    expect(await keywords('no-comment')).toEqual([]);
  });

  it('stores the comment exactly as sent: text, never rewritten as HTML', async () => {
    const html = await stored('html');
    expect(html.comment).toBe('<script>alert(1)</script> 停车 <b>太贵</b>');
  });
});

it('tags with the topics of enabled plugins only: switching one off takes effect at once', async () => {
  await api.gqlOk(`mutation { setPluginEnabled(input: { pluginId: "property-services", enabled: false }) { enabled } }`, {}, as());
  try {
    await post([{ externalId: 'after-off', csat: 2, comment: '电梯坏了，快递也丢了' }]);
    // retail's 快递 (delivery) still tags; property's 电梯 (elevator) no longer does.
    expect((await stored('after-off')).tags).toEqual(['delivery']);
  } finally {
    await api.gqlOk(`mutation { setPluginEnabled(input: { pluginId: "property-services", enabled: true }) { enabled } }`, {}, as());
  }
  await post([{ externalId: 'after-on', csat: 2, comment: '电梯坏了，快递也丢了' }]);
  expect((await stored('after-on')).tags).toEqual(['elevator', 'delivery']);
});

it('analyses a comment entered in the console (submitFeedback) the same way', async () => {
  const data = await api.gqlOk<{ submitFeedback: { id: string; tags: string[]; comment: string } }>(
    `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id tags comment } }`,
    { i: { touchpointId, csat: 1, comment: '保洁很差，垃圾没人清', tags: ['回访'] } },
    as(),
  );
  expect(data.submitFeedback).toMatchObject({ tags: ['回访', 'cleaning'], comment: '保洁很差，垃圾没人清' });
  const { rows } = await db.query<{ language: string; sentiment: number }>(`SELECT language, sentiment FROM feedback_response WHERE workspace_id = $1 AND id = $2`, [ws.id, data.submitFeedback.id]);
  expect(rows[0].language).toBe('zh');
  expect(sentimentLabel(rows[0].sentiment)).toBe('negative');
});
