import { Client } from 'pg';
import { createFeedbackToken, createTouchpoint, addMember, caseIntakeDrained, eventually, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Follow-up cases over HTTP against real PostgreSQL: a detractor sent through the REST batch opens
 * exactly one case per rule, due when this test computes by hand on the default calendar
 * (Asia/Shanghai = UTC+8 all year, Mon–Fri 09:00–18:00, mainland-China holidays and 调休), a replay
 * opens nothing more, the status machine refuses illegal moves naming the field, and the SLA timer
 * records a breach once even with two API processes working the queue.
 */

let api: TestApi;
let second: TestApi | null = null;
let db: Client;
let a: TestWorkspace;
let b: TestWorkspace;
let tokenA: string;
let touchpointId: string;
let ruleId: string;
let rootCauseId: string;
let editor: TestUser;
let viewer: TestUser;
let agents: TestUser[];
let lead: TestUser;

const as = (ws: TestWorkspace, user: TestUser = ws.owner) => ({ token: user.token, workspaceId: ws.id });
/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

const CASE = `id status subjectId ruleKey dueAt slaMinutes slaBasis assigneeUserId assigneeTeamId escalateToUserId rootCauseCodeId firstContactedAt breachedAt overdue minutesLeft nps`;
interface CaseRow {
  id: string;
  status: string;
  subjectId: string;
  ruleKey: string;
  dueAt: string;
  slaMinutes: number;
  slaBasis: string;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  escalateToUserId: string | null;
  rootCauseCodeId: string | null;
  firstContactedAt: string | null;
  breachedAt: string | null;
  overdue: boolean;
  minutesLeft: number | null;
  nps: number | null;
}

async function post(responses: Record<string, unknown>[]): Promise<number> {
  const res = await api.http('/api/v1/feedback', { method: 'POST', token: tokenA, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
  await res.text();
  // 200 or 201 alike: the batch was taken.
  return res.ok ? 200 : res.status;
}

async function everyCase(ws: TestWorkspace = a): Promise<CaseRow[]> {
  await caseIntakeDrained(api.databaseUrl);
  const data = await api.gqlOk<{ followUpCases: { nodes: CaseRow[] } }>(`{ followUpCases(first: 100) { nodes { ${CASE} } } }`, {}, as(ws));
  return data.followUpCases.nodes;
}
/** The cases of the workspace rule this suite creates (the installed plugins' rules open their own, checked apart). */
async function allCases(ws: TestWorkspace = a): Promise<CaseRow[]> {
  return (await everyCase(ws)).filter((c) => c.ruleKey === `rule:${ruleId}`);
}

const detractor = (externalId: string, occurredAt: string, nps = 3) => ({ touchpointId, externalId, occurredAt, nps, comment: '维修太慢' });

/** Queues `times` more sweeps of workspace A (as retried jobs or a second process's timers would) and waits until every due timer ran. */
async function sweepAgain(times: number, key: string): Promise<void> {
  for (let k = 0; k < times; k++) {
    await db.query(`INSERT INTO pgboss.job (name, data, singleton_key, start_after, policy) VALUES ('follow-up-case-sla', $1, $2, now(), 'short')`, [{ workspaceId: a.id }, `${key}:${k}`]);
  }
  await eventually(async () => {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-case-sla' AND state IN ('created', 'retry', 'active') AND start_after <= now()`);
    return rows[0].n === 0 ? true : null;
  }, 'the SLA sweeps to run');
}

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, '物业 A'), await createWorkspace(api, undefined, '物业 B')];
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();

  ({ touchpointId } = await createTouchpoint(api, a));
  tokenA = await createFeedbackToken(api, a);

  editor = await addMember(api, a, 'editor');
  viewer = await addMember(api, a, 'viewer');
  lead = await addMember(api, a, 'editor');
  agents = [await addMember(api, a, 'editor'), await addMember(api, a, 'editor')];
  const teamId = (await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "回访组" }) { id } }`, {}, as(a))).createTeam.id;
  for (const agent of agents) await api.gqlOk(`mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id } }`, { i: { teamId, userId: agent.id } }, as(a));

  const rule = await api.gqlOk<{ createFollowUpRule: { id: string } }>(
    `mutation($i: FollowUpRuleInput!) { createFollowUpRule(input: $i) { id } }`,
    { i: { name: 'Detractor call-back', condition: { metric: 'nps', op: 'lte', value: 6 }, slaMinutes: 240, slaBasis: 'BUSINESS', assigneeTeamId: teamId, escalateToUserId: lead.id } },
    as(a),
  );
  ruleId = rule.createFollowUpRule.id;
  rootCauseId = (await api.gqlOk<{ createRootCauseCode: { id: string } }>(`mutation { createRootCauseCode(input: { code: "parts-missing", label: "备件缺货" }) { id } }`, {}, as(a)))
    .createRootCauseCode.id;
}, 300_000);

afterAll(async () => {
  await second?.close();
  await db?.end();
  await api?.close();
});

describe('opening cases', () => {
  it('opens one case per detractor, due in business hours over a weekend, the National Day holiday and a 调休 Saturday', async () => {
    expect(
      await post([
        detractor('weekend', sh('2026-03-06T17:00:00')),
        detractor('holiday', sh('2026-09-30T16:00:00')),
        detractor('make-up', sh('2026-10-09T17:00:00'), 6),
        { touchpointId, externalId: 'passive', occurredAt: sh('2026-03-06T17:00:00'), nps: 7 },
      ]),
    ).toBe(200);
    const cases = await allCases();
    expect(cases).toHaveLength(3);
    const due = Object.fromEntries(cases.map((c) => [c.nps === 6 ? 'make-up' : c.dueAt.startsWith('2026-03') ? 'weekend' : 'holiday', c.dueAt]));
    // 4 business hours from Fri 6 Mar 17:00: 1 h on Friday, 3 h from Monday 09:00 → Mon 9 Mar 12:00.
    expect(due.weekend).toBe(sh('2026-03-09T12:00:00'));
    // From Wed 30 Sep 16:00: 2 h that day; 1–7 Oct are holidays; 2 h from Thu 8 Oct 09:00 → 11:00.
    expect(due.holiday).toBe(sh('2026-10-08T11:00:00'));
    // From Fri 9 Oct 17:00: 1 h on Friday, 3 h on the make-up working Saturday 10 Oct → 12:00.
    expect(due['make-up']).toBe(sh('2026-10-10T12:00:00'));
    expect(cases.every((c) => c.ruleKey === `rule:${ruleId}` && c.slaBasis === 'BUSINESS' && c.slaMinutes === 240)).toBe(true);
    // Round-robin within the team: three cases over two agents.
    const perAgent = agents.map((agent) => cases.filter((c) => c.assigneeUserId === agent.id).length).sort();
    expect(perAgent).toEqual([1, 2]);
    expect(cases.every((c) => c.escalateToUserId === lead.id)).toBe(true);
    // One customer, one call-back: the workspace rule took these detractors, so the plugins' rules (which match too) opened none.
    expect((await everyCase()).filter((c) => c.ruleKey.startsWith('plugin:'))).toEqual([]);
  });

  it("opens the plugin's own case (NPS ≤ 6, 24 business hours) for a detractor no workspace rule takes", async () => {
    const RULE = `mutation($i: UpdateFollowUpRuleInput!) { updateFollowUpRule(input: $i) { id } }`;
    await api.gqlOk(RULE, { i: { id: ruleId, enabled: false } }, as(a));
    try {
      expect(await post([detractor('plugin-only', sh('2026-03-06T17:00:00'))])).toBe(200);
      // Cases are opened after the batch commits, by the rules in force when its intake is drained.
      await caseIntakeDrained(api.databaseUrl);
    } finally {
      await api.gqlOk(RULE, { i: { id: ruleId, enabled: true } }, as(a));
    }
    const plugin = (await everyCase()).filter((c) => c.ruleKey.startsWith('plugin:'));
    expect(plugin.map((c) => c.ruleKey)).toEqual(['plugin:property-services:nps-detractor']);
    // 24 business hours from Fri 6 Mar 17:00: 1 h Fri, 9 h Mon, 9 h Tue, 5 h Wed → Wed 11 Mar 14:00.
    expect(plugin[0].dueAt).toBe(sh('2026-03-11T14:00:00'));
  });

  it('opens nothing more when the same responses are sent again', async () => {
    expect(await post([detractor('weekend', sh('2026-03-06T17:00:00')), detractor('holiday', sh('2026-09-30T16:00:00'))])).toBe(200);
    expect(await allCases()).toHaveLength(3);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM follow_up_case WHERE workspace_id = $1 AND rule_key = $2`, [a.id, `rule:${ruleId}`]);
    expect(rows[0].n).toBe(3);
  });

  it('keeps one waiting SLA sweep timer per workspace and due minute even when asked twice', async () => {
    // Answered now: due 4 business hours from now, so the timer its batch armed is still waiting.
    expect(await post([detractor('fresh', new Date().toISOString())])).toBe(200);
    const fresh = (await allCases()).find((c) => new Date(c.dueAt).getTime() > Date.now());
    expect(fresh).toBeDefined();
    const due = new Date(fresh!.dueAt);
    const minute = new Date(Math.floor(due.getTime() / 60_000) * 60_000).toISOString();
    const key = `case-sla-sweep:${a.id}:${minute}`;
    const waiting = async () =>
      (await db.query(`SELECT count(*)::int AS n, min(start_after) AS at FROM pgboss.job WHERE name = 'follow-up-case-sla' AND singleton_key = $1 AND state = 'created'`, [key])).rows[0];
    // The batch armed the workspace's sweep timer at the case's due time (no per-case timer).
    expect(await waiting()).toEqual({ n: 1, at: due });
    const perCase = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-case-sla' AND data->>'caseId' = $1`, [fresh!.id]);
    expect(perCase.rows[0].n).toBe(0);
    // A second timer for the same minute, as a second process would insert it: pg-boss skips it.
    await db.query(`INSERT INTO pgboss.job (name, data, singleton_key, start_after, policy) VALUES ('follow-up-case-sla', $1, $2, now() + interval '1 day', 'short') ON CONFLICT DO NOTHING`, [
      { workspaceId: a.id },
      key,
    ]);
    expect((await waiting()).n).toBe(1);
  });

  it('opens cases for a CSV import and a console entry too, and a re-import opens nothing more', async () => {
    const csv = `touchpointId,occurredAt,externalId,nps,comment\r\n${touchpointId},${sh('2026-03-06T17:00:00')},csv-1,2,漏水\r\n${touchpointId},${sh('2026-03-06T17:00:00')},csv-2,10,很好\r\n`;
    const importOnce = async () => {
      const res = await api.http('/api/v1/feedback/import?fileName=cases.csv', { method: 'POST', token: tokenA, headers: { 'content-type': 'text/csv' }, body: csv });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await eventually(async () => {
        const { importJob } = await api.gqlOk<{ importJob: { status: string } }>(`query($id: ID!) { importJob(id: $id) { status } }`, { id }, as(a));
        return importJob.status === 'succeeded' ? true : null;
      }, 'the import');
    };
    const before = (await allCases()).length;
    await importOnce();
    const afterImport = await allCases();
    expect(afterImport).toHaveLength(before + 1);
    // The imported detractor answered Fri 6 Mar 17:00 too: due Mon 9 Mar 12:00 like the REST one.
    expect(afterImport.filter((c) => c.nps === 2).map((c) => c.dueAt)).toEqual([sh('2026-03-09T12:00:00')]);
    await importOnce();
    expect(await allCases()).toHaveLength(before + 1);

    await api.gqlOk(`mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id } }`, { i: { touchpointId, nps: 0, comment: '电话没人接' } }, as(a, editor));
    expect(await allCases()).toHaveLength(before + 2);
  });

  it('shows workspace B none of A’s cases', async () => {
    expect(await allCases(b)).toEqual([]);
  });
});

describe('working a case', () => {
  let caseId: string;
  const UPDATE = `mutation($i: UpdateFollowUpCaseInput!) { updateFollowUpCase(input: $i) { ${CASE} } }`;

  beforeAll(async () => {
    caseId = (await allCases()).find((c) => c.dueAt === sh('2026-03-09T12:00:00'))!.id;
  });

  it('refuses to resolve an open case, naming the status field', async () => {
    const refused = await api.gql(UPDATE, { i: { id: caseId, status: 'RESOLVED', rootCauseCodeId: rootCauseId } }, as(a, editor));
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('status');
  });

  it('lets a viewer read the case but not work it', async () => {
    const read = await api.gqlOk<{ followUpCase: { id: string } }>(`query($id: ID!) { followUpCase(id: $id) { id } }`, { id: caseId }, as(a, viewer));
    expect(read.followUpCase.id).toBe(caseId);
    const refused = await api.gql(UPDATE, { i: { id: caseId, status: 'CONTACTED' } }, as(a, viewer));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records a contact attempt, moves to contacted, and requires a root cause to resolve', async () => {
    await api.gqlOk(`mutation($i: AddCaseNoteInput!) { addCaseNote(input: $i) { id } }`, { i: { caseId, kind: 'CONTACT_ATTEMPT', body: '电话未接通', channel: 'phone', reached: false } }, as(a, editor));
    const contacted = await api.gqlOk<{ updateFollowUpCase: CaseRow }>(UPDATE, { i: { id: caseId, status: 'CONTACTED' } }, as(a, editor));
    expect(contacted.updateFollowUpCase.status).toBe('CONTACTED');
    expect(contacted.updateFollowUpCase.firstContactedAt).not.toBeNull();

    const noCause = await api.gql(UPDATE, { i: { id: caseId, status: 'RESOLVED' } }, as(a, editor));
    expect(noCause.errors?.[0]?.extensions?.field).toBe('rootCauseCodeId');

    const resolved = await api.gqlOk<{ updateFollowUpCase: CaseRow }>(UPDATE, { i: { id: caseId, status: 'RESOLVED', rootCauseCodeId: rootCauseId } }, as(a, editor));
    expect(resolved.updateFollowUpCase).toMatchObject({ status: 'RESOLVED', rootCauseCodeId: rootCauseId, minutesLeft: null, overdue: false });

    const reopen = await api.gql(UPDATE, { i: { id: caseId, status: 'OPEN' } }, as(a, editor));
    expect(reopen.errors?.[0]?.extensions?.field).toBe('status');
    const notes = await api.gqlOk<{ followUpCase: { notes: { kind: string; reached: boolean | null }[] } }>(`query($id: ID!) { followUpCase(id: $id) { notes { kind reached } } }`, { id: caseId }, as(a));
    expect(notes.followUpCase.notes).toContainEqual({ kind: 'CONTACT_ATTEMPT', reached: false });
  });

  it('counts the loop: n, share resolved', async () => {
    const m = await api.gqlOk<{ followUpLoopMetrics: { key: string | null; n: number; resolvedShare: { value: number; n: number } }[] }>(
      `query($i: FollowUpLoopMetricsInput!) { followUpLoopMetrics(input: $i) { key n resolvedShare { value n } } }`,
      { i: { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' } },
      as(a),
    );
    const cases = await everyCase();
    expect(m.followUpLoopMetrics).toHaveLength(1);
    expect(m.followUpLoopMetrics[0].n).toBe(cases.length);
    expect(m.followUpLoopMetrics[0].resolvedShare.value).toBeCloseTo((100 * 1) / cases.length, 6);
  });
});

describe('SLA breach', () => {
  it('is recorded once per overdue case, with two API processes working the queue', async () => {
    second = await startTestApi({ databaseUrl: api.databaseUrl });
    // The still-open past-due cases (holiday, make-up, the imported one) breach; the resolved one never does.
    const overdue = (await allCases()).filter((c) => c.status === 'OPEN' && new Date(c.dueAt).getTime() < Date.now());
    expect(overdue).toHaveLength(3);
    // A case not yet due gets a timer that fires early (as with clock skew between processes).
    const notDue = (await allCases()).find((c) => c.status === 'OPEN' && new Date(c.dueAt).getTime() > Date.now())!;
    await db.query(`INSERT INTO pgboss.job (name, data, singleton_key, start_after, policy) VALUES ('follow-up-case-sla', $1, $2, now(), 'short')`, [
      { workspaceId: a.id, caseId: notDue.id },
      `early:${notDue.id}`,
    ]);
    // Their timers fire again, as a retried job would, on either process.
    for (const c of overdue) {
      for (let k = 0; k < 3; k++) {
        await db.query(`INSERT INTO pgboss.job (name, data, singleton_key, start_after, policy) VALUES ('follow-up-case-sla', $1, $2, now(), 'short')`, [
          { workspaceId: a.id, caseId: c.id },
          `again:${c.id}:${k}`,
        ]);
      }
    }
    await eventually(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-case-sla' AND state IN ('created', 'retry', 'active') AND start_after <= now()`);
      return rows[0].n === 0 ? true : null;
    }, 'the SLA timers to run');
    const after = await allCases();
    for (const c of overdue) expect(after.find((x) => x.id === c.id)!.breachedAt).not.toBeNull();
    const { rows } = await db.query(
      `SELECT case_id, count(*)::int AS n FROM case_note WHERE workspace_id = $1 AND kind = 'system' AND case_id = ANY($2::uuid[]) GROUP BY case_id ORDER BY case_id`,
      [a.id, overdue.map((c) => c.id)],
    );
    expect(rows).toEqual(overdue.map((c) => ({ case_id: c.id, n: 1 })).sort((x, y) => x.case_id.localeCompare(y.case_id)));
    const audits = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE workspace_id = $1 AND action = 'followUpCase.breach' AND entity_id = ANY($2::text[])`, [
      a.id,
      overdue.map((c) => c.id),
    ]);
    expect(audits.rows[0].n).toBe(3);
    // The early timer recorded nothing: the case is not breached and waits for its due time again.
    expect(after.find((c) => c.id === notDue.id)!.breachedAt).toBeNull();
    const waiting = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-case-sla' AND state = 'created' AND data->>'caseId' = $1 AND start_after > now()`, [notDue.id]);
    expect(waiting.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('sweeps every due case of a batch once from one timer, with two processes sweeping, and re-arms at the next due time', async () => {
    const before = new Set((await allCases()).map((c) => c.id));
    // One batch: five answers of last year (due long ago) and one of now (due in 4 business hours).
    const old = ['2025-06-02T10:00:00', '2025-06-03T10:00:00', '2025-06-04T10:00:00', '2025-06-05T10:00:00', '2025-06-06T10:00:00'];
    expect(await post([...old.map((t, k) => detractor(`sweep-${k}`, sh(t))), detractor('sweep-now', new Date().toISOString())])).toBe(200);
    const opened = (await allCases()).filter((c) => !before.has(c.id));
    expect(opened).toHaveLength(6);
    const overdue = opened.filter((c) => new Date(c.dueAt).getTime() < Date.now());
    const pending = opened.filter((c) => new Date(c.dueAt).getTime() > Date.now());
    expect([overdue.length, pending.length]).toEqual([5, 1]);
    // Sweeps run again on either process, as retried jobs or a second process's timers would.
    await sweepAgain(4, 'sweep-again');
    const after = await allCases();
    for (const c of overdue) expect(after.find((x) => x.id === c.id)!.breachedAt).not.toBeNull();
    expect(after.find((x) => x.id === pending[0].id)!.breachedAt).toBeNull();
    // Each overdue case: one breach note and one audit event, however many sweeps ran.
    const notes = await db.query(`SELECT case_id, count(*)::int AS n FROM case_note WHERE workspace_id = $1 AND kind = 'system' AND case_id = ANY($2::uuid[]) GROUP BY case_id`, [
      a.id,
      overdue.map((c) => c.id),
    ]);
    expect(Object.fromEntries(notes.rows.map((r) => [r.case_id, r.n]))).toEqual(Object.fromEntries(overdue.map((c) => [c.id, 1])));
    const audits = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE workspace_id = $1 AND action = 'followUpCase.breach' AND entity_id = ANY($2::text[])`, [
      a.id,
      overdue.map((c) => c.id),
    ]);
    expect(audits.rows[0].n).toBe(5);
    // A sweep timer waits for the earliest case still due in the future, at exactly that time.
    const earliest = (await everyCase()).filter((c) => ['OPEN', 'CONTACTED'].includes(c.status) && !c.breachedAt).map((c) => new Date(c.dueAt).getTime()).filter((t) => t > Date.now()).sort((x, y) => x - y)[0];
    const armed = await db.query(`SELECT start_after FROM pgboss.job WHERE name = 'follow-up-case-sla' AND state = 'created' AND data->>'caseId' IS NULL AND start_after > now()`);
    expect(armed.rows.map((r) => new Date(r.start_after).getTime())).toContain(earliest);
  });

  it('breaches a backlog larger than a sweep page once each, escalating, noting, notifying and auditing every case', async () => {
    // 1,150 answers of last year (two batches): their cases are all overdue at once, several sweep pages.
    const backlog = Array.from({ length: 1150 }, (_, k) => detractor(`backlog-${k}`, new Date(Date.UTC(2025, 0, 6) + k * 60_000).toISOString()));
    expect(await post(backlog.slice(0, 600))).toBe(200);
    expect(await post(backlog.slice(600))).toBe(200);
    await caseIntakeDrained(api.databaseUrl);
    // More sweeps on either process, as retried jobs or a second process's timers would run them.
    await sweepAgain(3, 'backlog-again');
    const { rows } = await db.query<{ breached: boolean; escalate_to_user_id: string | null; notes: string[]; audits: number; alerts: string[] }>(
      `SELECT c.breached_at IS NOT NULL AS breached, c.escalate_to_user_id,
              ARRAY(SELECT n.body FROM case_note n WHERE n.workspace_id = c.workspace_id AND n.case_id = c.id AND n.kind = 'system') AS notes,
              (SELECT count(*)::int FROM audit_event e WHERE e.workspace_id = c.workspace_id AND e.action = 'followUpCase.breach' AND e.entity_id = c.id::text) AS audits,
              ARRAY(SELECT x.user_id::text FROM notification x WHERE x.workspace_id = c.workspace_id AND x.entity_id = c.id AND x.kind = 'alert') AS alerts
         FROM follow_up_case c
        WHERE c.workspace_id = $1 AND c.subject_id IN (SELECT r.id FROM feedback_response r WHERE r.workspace_id = $1 AND r.external_id LIKE 'backlog-%')`,
      [a.id],
    );
    expect(rows).toHaveLength(1150);
    for (const c of rows) {
      const expected = c.escalate_to_user_id
        ? { breached: true, notes: [`SLA breached; escalated to the rule's escalation contact (${c.escalate_to_user_id})`], audits: 1, alerts: [c.escalate_to_user_id] }
        : { breached: true, notes: ['SLA breached; not escalated (no team lead and no escalation contact on the rule)'], audits: 1, alerts: [] };
      expect({ breached: c.breached, notes: c.notes, audits: c.audits, alerts: c.alerts }).toEqual(expected);
    }
    // This suite's rule names its escalation contact: those cases went to the lead.
    expect(rows.filter((c) => c.escalate_to_user_id === lead.id).length).toBeGreaterThan(0);
  }, 300_000);
});
