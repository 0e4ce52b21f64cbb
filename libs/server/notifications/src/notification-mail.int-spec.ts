import { Client } from 'pg';
import { addMember, createWorkspace, eventually, mailHeader, mailText, smtpSink, startTestApi, type SmtpSink, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';
import { NotificationDelivery } from './services/notification-delivery.service';

let sink: SmtpSink;
let api: TestApi;
let db: Client;
let ws: TestWorkspace;
let mailed: TestUser;
let quiet: TestUser;
let touchpointId: string;
let journeyId: string;

const as = (u: TestUser) => ({ token: u.token, workspaceId: ws.id });
/** Notification mail to a person (invitations they received on joining are not). */
const to = (u: TestUser) => sink.inbox.filter((m) => m.to.some((line) => line.includes(`<${u.email}>`)) && (mailHeader(m.data, 'Subject') ?? '').startsWith('[OpenCX]'));

beforeAll(async () => {
  sink = await smtpSink();
  api = await startTestApi({ env: { OPENCX_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, OPENCX_MAIL_FROM: 'OpenCX <cx@example.com>', OPENCX_PUBLIC_URL: 'https://cx.example.com' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  ws = await createWorkspace(api, undefined, 'Mail');
  mailed = await addMember(api, ws, 'editor');
  quiet = await addMember(api, ws, 'viewer');
  const o = { token: ws.owner.token, workspaceId: ws.id };
  journeyId = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "Repair" }) { id } }`, {}, o)).createJourney.id;
  const stageId = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($input: AddStageInput!) { addStage(input: $input) { stages { id } } }`, { input: { journeyId, name: 'Report' } }, o)).addStage.stages[0].id;
  touchpointId = (
    await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { stages { touchpoints { id } } } }`, { input: { stageId, name: 'Hotline' } }, o)
  ).addTouchpoint.stages[0].touchpoints[0].id;
});
afterAll(async () => {
  await db?.end();
  await api?.close();
  await sink?.close();
});

it('emails a mention to the mentioned member (recipient, subject, link) and not to one who turned email off', async () => {
  await api.gqlOk(
    `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { kind } }`,
    { input: { preferences: [{ kind: 'MENTION', inApp: true, email: false }] } },
    as(quiet),
  );
  const { addComment } = await api.gqlOk<{ addComment: { id: string } }>(
    `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
    { input: { journeyId, targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'Please call back @mailed @quiet', mentionUserIds: [mailed.id, quiet.id] } },
    { token: ws.owner.token, workspaceId: ws.id },
  );
  const [message] = await eventually(() => (to(mailed).length ? to(mailed) : null), 'the mention email', { timeoutMs: 30_000, intervalMs: 100 });
  // Sign-up's default language is zh-CN: the subject is in Chinese.
  expect(mailHeader(message.data, 'Subject')).toBe('[OpenCX] 有人在评论中提到了你: Hotline');
  expect(mailText(message.data)).toContain('Please call back @mailed @quiet');
  expect(mailText(message.data)).toContain(`打开: https://cx.example.com/journeys/${journeyId}?thread=${addComment.id}&card=touchpoint:${touchpointId}`);
  // Sent once and marked, so a retried job would not send again.
  // The job marks the row after SMTP took the message, so the mark can trail the mail by a moment.
  const rows = await eventually(
    async () => {
      const r = await db.query(`SELECT user_id, emailed_at IS NOT NULL AS emailed, in_app FROM notification WHERE entity_id = $1 ORDER BY user_id`, [addComment.id]);
      return r.rows.some((row) => row.emailed) ? r : null;
    },
    'the mention marked as emailed',
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  expect(rows.rows).toEqual(expect.arrayContaining([{ user_id: mailed.id, emailed: true, in_app: true }, { user_id: quiet.id, emailed: false, in_app: true }]));
  // The quiet member's notification never had an email job, so none can arrive.
  const jobs = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-email' AND data->>'notificationId' IN (SELECT id::text FROM notification WHERE entity_id = $1 AND user_id = $2)`, [addComment.id, quiet.id]);
  expect(jobs.rows[0].n).toBe(0);
  expect(to(quiet)).toEqual([]);
});

it('sends the weekly digest of unread notifications once per person and week', async () => {
  const delivery = api.app.get(NotificationDelivery);
  const unread = (await api.gqlOk<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, as(mailed))).unreadNotificationCount;
  expect(unread).toBe(1);
  // The hourly schedule may have run it already (it started with the API): either way, one digest.
  await delivery.sendDigests();
  const digestsTo = (u: TestUser) => to(u).filter((m) => (mailHeader(m.data, 'Subject') ?? '').includes('本周摘要'));
  const [digest] = await eventually(() => (digestsTo(mailed).length ? digestsTo(mailed) : null), 'the digest', { timeoutMs: 30_000, intervalMs: 100 });
  expect(mailHeader(digest.data, 'Subject')).toBe('[OpenCX] 本周摘要：1 条未读通知');
  expect(await delivery.sendDigests()).toBe(0);
  expect(digestsTo(mailed)).toHaveLength(1);
  const claimed = await db.query(`SELECT notifications FROM notification_digest WHERE workspace_id = $1 AND user_id = $2`, [ws.id, mailed.id]);
  expect(claimed.rows).toEqual([{ notifications: 1 }]);
});
