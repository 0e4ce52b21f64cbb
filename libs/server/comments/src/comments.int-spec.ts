import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

const COMMENT_FIELDS = `id parentId targetKind targetId body authorId mentionedUserIds mentionedTeamIds version editedAt`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCommentInput!) { updateComment(input: $input) { ${COMMENT_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id } }`;
const RESOLVE = `mutation($id: ID!) { resolveCommentThread(id: $id) { id resolved resolvedBy replies { id } } }`;
const REOPEN = `mutation($id: ID!) { reopenCommentThread(id: $id) { id resolved } }`;
const COUNTS = `query($j: ID!) { commentCounts(journeyId: $j) { targetKind targetId comments openThreads } }`;
const THREADS = `query($j: ID!, $k: CommentTargetKind, $t: ID, $r: Boolean) { commentThreads(journeyId: $j, targetKind: $k, targetId: $t, resolved: $r) { nodes { id resolved root { id body authorName } replies { id body } } } }`;
const INBOX = `{ unreadNotificationCount notifications(first: 50) { nodes { id kind title body link entityType entityId actorUserId actorName readAt } } }`;

interface Comment {
  id: string;
  parentId: string | null;
  body: string;
  mentionedUserIds: string[];
  mentionedTeamIds: string[];
  version: number;
}
interface Inbox {
  unreadNotificationCount: number;
  notifications: { nodes: { id: string; kind: string; title: string; body: string; link: string; entityType: string; entityId: string; actorUserId: string; actorName: string; readAt: string | null }[] };
}

let api: TestApi;
let db: Client;
let ws: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let admin: TestUser;
let colleague: TestUser;
let teamId: string;
let journeyId: string;
let otherJourneyId: string;
let stageId: string;
let touchpointId: string;
let painPointId: string;
let opportunityId: string;
let actionId: string;

const as = (u: TestUser) => ({ token: u.token, workspaceId: ws.id });
const owner = () => ws.owner;
const add = (u: TestUser, input: Record<string, unknown>) => api.gqlOk<{ addComment: Comment }>(ADD, { input: { journeyId, ...input } }, as(u)).then((r) => r.addComment);
const inbox = (u: TestUser) => api.gqlOk<Inbox>(INBOX, {}, as(u));
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await startTestApi();
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  ws = await createWorkspace(api, undefined, 'Comments');
  [editor, viewer, admin, colleague] = [await addMember(api, ws, 'editor'), await addMember(api, ws, 'viewer'), await addMember(api, ws, 'admin'), await addMember(api, ws, 'editor')];
  const o = as(owner());
  teamId = (await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "Service desk" }) { id } }`, {}, o)).createTeam.id;
  for (const userId of [colleague.id, viewer.id]) await api.gqlOk(`mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`, { input: { teamId, userId } }, o);
  const journey = async (name: string) => (await api.gqlOk<{ createJourney: { id: string } }>(`mutation($input: CreateJourneyInput!) { createJourney(input: $input) { id } }`, { input: { name } }, o)).createJourney.id;
  journeyId = await journey('Repair');
  otherJourneyId = await journey('Move in');
  stageId = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($input: AddStageInput!) { addStage(input: $input) { stages { id } } }`, { input: { journeyId, name: 'Report' } }, o)).addStage.stages[0].id;
  const tp = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { stages { touchpoints { id } } } }`, { input: { stageId, name: 'Hotline' } }, o);
  touchpointId = tp.addTouchpoint.stages[0].touchpoints[0].id;
  const pain = await api.gqlOk<{ addPainPoint: { stages: { touchpoints: { painPoints: { id: string }[] }[] }[] } }>(
    `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { stages { touchpoints { painPoints { id } } } } }`,
    { input: { touchpointId, title: 'Long wait', severity: 4 } },
    o,
  );
  painPointId = pain.addPainPoint.stages[0].touchpoints[0].painPoints[0].id;
  const opp = await api.gqlOk<{ addOpportunity: { stages: { touchpoints: { opportunities: { id: string }[] }[] }[] } }>(
    `mutation($input: AddOpportunityInput!) { addOpportunity(input: $input) { stages { touchpoints { opportunities { id } } } } }`,
    { input: { touchpointId, title: 'Call-back slot' } },
    o,
  );
  opportunityId = opp.addOpportunity.stages[0].touchpoints[0].opportunities[0].id;
  actionId = (await api.gqlOk<{ createImprovementAction: { id: string } }>(`mutation($input: CreateImprovementActionInput!) { createImprovementAction(input: $input) { id } }`, { input: { title: 'Add agents', painPointId } }, o)).createImprovementAction.id;
});
afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('mentions', () => {
  it('notifies a mentioned member exactly once per comment, named twice and through a team, and never the author', async () => {
    const before = await inbox(colleague);
    const comment = await add(owner(), { targetKind: 'TOUCHPOINT', targetId: touchpointId, body: '@colleague @Service desk please check', mentionUserIds: [colleague.id, colleague.id], mentionTeamIds: [teamId] });
    expect(comment.mentionedUserIds).toEqual([colleague.id]);
    expect(comment.mentionedTeamIds).toEqual([teamId]);

    const after = await inbox(colleague);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount + 1);
    const mine = after.notifications.nodes.filter((n) => n.entityId === comment.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'MENTION', title: 'Hotline', body: '@colleague @Service desk please check', actorUserId: owner().id, actorName: 'owner', readAt: null, entityType: 'comment' });
    expect(mine[0].link).toBe(`/journeys/${journeyId}?thread=${comment.id}&card=touchpoint:${touchpointId}`);
    // The viewer is in the team: told once too. The author is told nothing.
    expect((await inbox(viewer)).notifications.nodes.filter((n) => n.entityId === comment.id)).toHaveLength(1);
    expect((await inbox(owner())).notifications.nodes.filter((n) => n.entityId === comment.id)).toHaveLength(0);
    const rows = await db.query(`SELECT mention_kind, mentioned_id FROM comment_mention WHERE comment_id = $1 ORDER BY mention_kind DESC`, [comment.id]);
    expect(rows.rows).toEqual([
      { mention_kind: 'user', mentioned_id: colleague.id },
      { mention_kind: 'team', mentioned_id: teamId },
    ]);
  });

  it('an edit that names someone new tells only them; those already told are not told again', async () => {
    const comment = await add(owner(), { targetKind: 'STAGE', targetId: stageId, body: 'Ask @colleague', mentionUserIds: [colleague.id] });
    const edited = await api.gqlOk<{ updateComment: Comment }>(UPDATE, { input: { id: comment.id, version: 1, body: 'Ask @colleague and @admin', mentionUserIds: [colleague.id, admin.id] } }, as(owner()));
    expect(edited.updateComment).toMatchObject({ version: 2, body: 'Ask @colleague and @admin' });
    expect((await inbox(colleague)).notifications.nodes.filter((n) => n.entityId === comment.id)).toHaveLength(1);
    expect((await inbox(admin)).notifications.nodes.filter((n) => n.entityId === comment.id)).toHaveLength(1);
  });

  it('refuses mentions of people and teams outside the workspace, naming the field, and writes nothing', async () => {
    const other = await createWorkspace(api, undefined, 'Elsewhere');
    const outsiderTeam = (await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "Theirs" }) { id } }`, {}, { token: other.owner.token, workspaceId: other.id })).createTeam.id;
    const count = async () => Number((await db.query(`SELECT count(*) AS n FROM comment WHERE workspace_id = $1`, [ws.id])).rows[0].n);
    const n = await count();
    const byUser = await api.gql(ADD, { input: { journeyId, targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'x', mentionUserIds: [other.owner.id] } }, as(owner()));
    expect(byUser.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentionUserIds' });
    const byTeam = await api.gql(ADD, { input: { journeyId, targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'x', mentionTeamIds: [outsiderTeam] } }, as(owner()));
    expect(byTeam.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentionTeamIds' });
    expect(await count()).toBe(n);
  });

  it('refuses a card that is not on the named journey, and a reply to a reply', async () => {
    const wrong = await api.gql(ADD, { input: { journeyId: otherJourneyId, targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'x' } }, as(owner()));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetId' });
    const kindMismatch = await api.gql(ADD, { input: { journeyId, targetKind: 'STAGE', targetId: touchpointId, body: 'x' } }, as(owner()));
    expect(kindMismatch.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetId' });
    const root = await add(owner(), { targetKind: 'OPPORTUNITY', targetId: opportunityId, body: 'Root' });
    const reply = await add(editor, { targetKind: 'OPPORTUNITY', targetId: opportunityId, parentId: root.id, body: 'Reply' });
    const deeper = await api.gql(ADD, { input: { journeyId, targetKind: 'OPPORTUNITY', targetId: opportunityId, parentId: reply.id, body: 'Deeper' } }, as(owner()));
    expect(deeper.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('respects a turned-off in-app preference for mentions', async () => {
    await api.gqlOk(`mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { kind inApp email } }`, { input: { preferences: [{ kind: 'MENTION', inApp: false, email: false }] } }, as(admin));
    const prefs = await api.gqlOk<{ notificationPreferences: { kind: string; inApp: boolean; email: boolean }[] }>(`{ notificationPreferences { kind inApp email } }`, {}, as(admin));
    expect(prefs.notificationPreferences).toEqual([
      { kind: 'MENTION', inApp: false, email: false },
      { kind: 'ASSIGNMENT', inApp: true, email: true },
      { kind: 'ALERT', inApp: true, email: true },
      { kind: 'REVIEW_DUE', inApp: true, email: true },
      { kind: 'DIGEST', inApp: true, email: true },
    ]);
    const before = (await inbox(admin)).unreadNotificationCount;
    await add(owner(), { targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'FYI @admin', mentionUserIds: [admin.id] });
    expect((await inbox(admin)).unreadNotificationCount).toBe(before);
  });
});

describe('role matrix', () => {
  it('viewers comment and edit or delete their own; editors resolve; admins delete anyone’s', async () => {
    const root = await add(owner(), { targetKind: 'PAIN_POINT', targetId: painPointId, body: 'Owner root' });
    // Viewer: may reply, edit and delete their own.
    const viewerReply = await add(viewer, { targetKind: 'PAIN_POINT', targetId: painPointId, parentId: root.id, body: 'Viewer reply' });
    expect((await api.gqlOk<{ updateComment: Comment }>(UPDATE, { input: { id: viewerReply.id, version: 1, body: 'Viewer reply, edited' } }, as(viewer))).updateComment.body).toBe('Viewer reply, edited');
    // …but not edit or delete others', nor resolve.
    expect(code(await api.gql(UPDATE, { input: { id: root.id, version: 1, body: 'Hijacked' } }, as(viewer)))).toBe('FORBIDDEN');
    expect(code(await api.gql(DELETE, { id: root.id }, as(viewer)))).toBe('FORBIDDEN');
    expect(code(await api.gql(RESOLVE, { id: root.id }, as(viewer)))).toBe('FORBIDDEN');
    // Editor: resolves and reopens; edits or deletes only their own.
    expect(code(await api.gql(UPDATE, { input: { id: root.id, version: 1, body: 'Hijacked' } }, as(editor)))).toBe('FORBIDDEN');
    expect(code(await api.gql(DELETE, { id: viewerReply.id }, as(editor)))).toBe('FORBIDDEN');
    expect((await api.gqlOk<{ resolveCommentThread: { resolved: boolean; resolvedBy: string } }>(RESOLVE, { id: root.id }, as(editor))).resolveCommentThread).toMatchObject({ resolved: true, resolvedBy: editor.id });
    expect((await api.gqlOk<{ reopenCommentThread: { resolved: boolean } }>(REOPEN, { id: root.id }, as(editor))).reopenCommentThread.resolved).toBe(false);
    // Admin: may delete anyone's, but edits nobody else's words.
    expect(code(await api.gql(UPDATE, { input: { id: root.id, version: 1, body: 'Hijacked' } }, as(admin)))).toBe('FORBIDDEN');
    await api.gqlOk(DELETE, { id: viewerReply.id }, as(admin));
    const own = await add(viewer, { targetKind: 'PAIN_POINT', targetId: painPointId, parentId: root.id, body: 'Second thought' });
    await api.gqlOk(DELETE, { id: own.id }, as(viewer));
    const left = await db.query(`SELECT body FROM comment WHERE workspace_id = $1 AND (id = $2 OR parent_id = $2) ORDER BY created_at`, [ws.id, root.id]);
    expect(left.rows.map((r) => r.body)).toEqual(['Owner root']);
  });
});

describe('threads, counters and audit', () => {
  it('counts comments and open threads per card in one statement, and resolving a reply resolves its thread', async () => {
    const journey = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "Counted" }) { id } }`, {}, as(owner()))).createJourney.id;
    const stage = (await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($input: AddStageInput!) { addStage(input: $input) { stages { id } } }`, { input: { journeyId: journey, name: 'S' } }, as(owner()))).addStage.stages[0].id;
    const tp = (await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(`mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { stages { touchpoints { id } } } }`, { input: { stageId: stage, name: 'T' } }, as(owner()))).addTouchpoint.stages[0].touchpoints[0].id;
    const on = (kind: string, id: string, body: string, parentId?: string) => api.gqlOk<{ addComment: Comment }>(ADD, { input: { journeyId: journey, targetKind: kind, targetId: id, body, parentId } }, as(editor)).then((r) => r.addComment);

    api.resetQueryCount();
    expect((await api.gqlOk<{ commentCounts: unknown[] }>(COUNTS, { j: journey }, as(viewer))).commentCounts).toEqual([]);
    const emptyStatements = api.queryCount();

    // Touchpoint: thread 1 with two replies, thread 2 alone. Stage: one thread, resolved below.
    const t1 = await on('TOUCHPOINT', tp, 'one');
    await on('TOUCHPOINT', tp, 'one-a', t1.id);
    const t1b = await on('TOUCHPOINT', tp, 'one-b', t1.id);
    await on('TOUCHPOINT', tp, 'two');
    const s1 = await on('STAGE', stage, 'stage');
    await api.gqlOk(RESOLVE, { id: s1.id }, as(editor));
    // Resolving through a reply marks its thread.
    await api.gqlOk(RESOLVE, { id: t1b.id }, as(editor));

    api.resetQueryCount();
    const counts = (await api.gqlOk<{ commentCounts: { targetKind: string; targetId: string; comments: number; openThreads: number }[] }>(COUNTS, { j: journey }, as(viewer))).commentCounts;
    expect(api.queryCount()).toBe(emptyStatements);
    expect(counts).toEqual(
      expect.arrayContaining([
        { targetKind: 'STAGE', targetId: stage, comments: 1, openThreads: 0 },
        { targetKind: 'TOUCHPOINT', targetId: tp, comments: 4, openThreads: 1 },
      ]),
    );
    expect(counts).toHaveLength(2);

    const open = await api.gqlOk<{ commentThreads: { nodes: { id: string; resolved: boolean; replies: { body: string }[] }[] } }>(THREADS, { j: journey, k: 'TOUCHPOINT', t: tp, r: false }, as(viewer));
    expect(open.commentThreads.nodes.map((n) => n.id)).toEqual([expect.any(String)]);
    const all = await api.gqlOk<{ commentThreads: { nodes: { id: string; resolved: boolean; root: { body: string; authorName: string }; replies: { body: string }[] }[] } }>(THREADS, { j: journey, k: 'TOUCHPOINT', t: tp }, as(viewer));
    expect(all.commentThreads.nodes.map((n) => [n.root.body, n.resolved, n.replies.map((r) => r.body)])).toEqual([
      ['one', true, ['one-a', 'one-b']],
      ['two', false, []],
    ]);
    expect(all.commentThreads.nodes[0].root.authorName).toBe('editor');

    await api.gqlOk(REOPEN, { id: t1.id }, as(editor));
    const reopened = (await api.gqlOk<{ commentCounts: { targetKind: string; openThreads: number }[] }>(COUNTS, { j: journey }, as(viewer))).commentCounts;
    expect(reopened.find((c) => c.targetKind === 'TOUCHPOINT')?.openThreads).toBe(2);
  });

  it('comments on an improvement action of the journey', async () => {
    const c = await add(viewer, { targetKind: 'ACTION', targetId: actionId, body: 'When?' });
    const counts = (await api.gqlOk<{ commentCounts: { targetKind: string; targetId: string; comments: number }[] }>(COUNTS, { j: journeyId }, as(viewer))).commentCounts;
    expect(counts).toContainEqual({ targetKind: 'ACTION', targetId: actionId, comments: 1, openThreads: 1 });
    expect(c.parentId).toBeNull();
  });

  it('audits edits, deletes, resolves and reopens with before and after', async () => {
    const c = await add(editor, { targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'First words' });
    await api.gqlOk(UPDATE, { input: { id: c.id, version: 1, body: 'Second words' } }, as(editor));
    const stale = await api.gql(UPDATE, { input: { id: c.id, version: 1, body: 'Third words' } }, as(editor));
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    await api.gqlOk(RESOLVE, { id: c.id }, as(editor));
    await api.gqlOk(REOPEN, { id: c.id }, as(editor));
    await api.gqlOk(DELETE, { id: c.id }, as(admin));
    const events = await db.query<{ action: string; actor_user_id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
      `SELECT action, actor_user_id, before, after FROM audit_event WHERE workspace_id = $1 AND entity_id = $2 ORDER BY created_at, action`,
      [ws.id, c.id],
    );
    expect(events.rows.map((e) => e.action)).toEqual(['comment.create', 'comment.update', 'comment.resolve', 'comment.reopen', 'comment.delete']);
    const update = events.rows[1];
    expect(update.before).toMatchObject({ body: 'First words', version: 1 });
    expect(update.after).toMatchObject({ body: 'Second words', version: 2 });
    const del = events.rows[4];
    expect(del.actor_user_id).toBe(admin.id);
    expect(del.before).toMatchObject({ body: 'Second words', authorId: editor.id });
    expect(del.after).toBeNull();
  });
});

describe('inbox', () => {
  it('marks one and then all read; another member’s notification is not found', async () => {
    await add(owner(), { targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'one @colleague', mentionUserIds: [colleague.id] });
    await add(owner(), { targetKind: 'TOUCHPOINT', targetId: touchpointId, body: 'two @colleague', mentionUserIds: [colleague.id] });
    const before = await inbox(colleague);
    expect(before.unreadNotificationCount).toBeGreaterThanOrEqual(2);
    const first = before.notifications.nodes.find((n) => n.readAt === null)!;
    expect(code(await api.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: first.id }, as(viewer)))).toBe('NOT_FOUND');
    await api.gqlOk(`mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: first.id }, as(colleague));
    expect((await inbox(colleague)).unreadNotificationCount).toBe(before.unreadNotificationCount - 1);
    const all = await api.gqlOk<{ markAllNotificationsRead: { marked: number } }>(`mutation { markAllNotificationsRead { marked } }`, {}, as(colleague));
    expect(all.markAllNotificationsRead.marked).toBe(before.unreadNotificationCount - 1);
    expect((await inbox(colleague)).unreadNotificationCount).toBe(0);
  });

  it('tells the new owner of an improvement action it is theirs (an assignment)', async () => {
    const created = await api.gqlOk<{ createImprovementAction: { id: string } }>(`mutation($input: CreateImprovementActionInput!) { createImprovementAction(input: $input) { id } }`, { input: { title: 'Extend hours', painPointId, ownerUserId: editor.id } }, as(owner()));
    const got = (await inbox(editor)).notifications.nodes.filter((n) => n.entityId === created.createImprovementAction.id);
    expect(got.map((n) => [n.kind, n.title, n.link])).toEqual([['ASSIGNMENT', 'Extend hours', `/actions?action=${created.createImprovementAction.id}`]]);
  });
});
