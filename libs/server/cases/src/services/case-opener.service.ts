import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { slaDueAt } from '@opencx/domain';
import { sliced } from '@opencx/server-core';
import { JobQueue, type TenantTx } from '@opencx/server-database';
import type { FeedbackIngested } from '@opencx/server-feedback';
import { IdentityDirectory } from '@opencx/server-identity';
import { TOUCHPOINT_PLACES, type TouchpointPlaces } from '@opencx/server-metrics';
import { ruleMatches, type CaseSubject, type EvaluableRule } from '../matching/rule-matching';
import { BusinessCalendarService } from './business-calendar.service';
import { FollowUpRuleService } from './follow-up-rule.service';
import { CASE_SLA_QUEUE, caseSlaSweepJob } from './case-sla.jobs';

/** Without a rule or touchpoint SLA a case is due one business day (9 working hours) later. */
export const DEFAULT_SLA_MINUTES = 9 * 60;

interface NewCase {
  id: string;
  subject_kind: 'response' | 'observation';
  subject_id: string;
  rule_key: string;
  rule_id: string | null;
  rule_name: string;
  touchpoint_id: string;
  journey_id: string;
  site_id: string | null;
  customer_hash: string | null;
  nps: number | null;
  csat: number | null;
  comment: string | null;
  occurred_at: string;
  sla_minutes: number;
  sla_basis: string;
  due_at: string;
  assignee_user_id: string | null;
  assignee_team_id: string | null;
  escalate_to_user_id: string | null;
}

/**
 * Opens follow-up cases for newly ingested feedback, exactly once per subject (response or observation).
 *
 * The cases' intake drainer (CaseIntakeService) calls it after a batch committed, with the rows that
 * were new to the workspace, in the transaction that consumes the batch's intake row (so a rolled-back
 * batch opens nothing, and a drained row is not drained again); it inserts all cases of a batch in one statement with
 * ON CONFLICT (workspace_id, subject_id) DO NOTHING (so a retry, a replay or a second
 * import of the same rows never duplicates one). The batch arms one SLA sweep timer (a pg-boss
 * job) at its earliest due time, inserted in the same transaction. The SLA clock starts when the customer answered (occurred_at).
 */
@Injectable()
export class CaseOpenerService {
  constructor(
    private readonly rules: FollowUpRuleService,
    private readonly calendars: BusinessCalendarService,
    private readonly identity: IdentityDirectory,
    private readonly queue: JobQueue,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
  ) {}

  /** Evaluates the workspace's rules on the new rows and opens the cases they call for; answers the ids of the cases opened. */
  async openCases(tx: TenantTx, ingested: FeedbackIngested): Promise<string[]> {
    const subjects: CaseSubject[] = [
      ...ingested.responses.map((r) => ({ kind: 'response' as const, ...r })),
      ...ingested.observations.map((o) => ({
        kind: 'observation' as const, id: o.id, occurredAt: o.occurredAt, touchpointId: o.touchpointId, journeyId: o.journeyId, siteId: o.siteId,
        customerHash: null, scores: { [o.metric]: o.value }, comment: null, tags: [],
      })),
    ];
    const rules = await this.rules.evaluable(tx, [...new Set(subjects.map((s) => s.journeyId))]);
    if (!rules.length) return [];
    const matches: { subject: CaseSubject; rule: EvaluableRule }[] = [];
    // One customer, one call-back: the first matching rule (workspace rules in creation order, then the
    // plugins') opens the subject's single case, however many rules it meets.
    // A background import's chunk pauses every few milliseconds (see FeedbackIngested.turn).
    const pause = ingested.turn ? sliced(ingested.turn) : null;
    for (const subject of subjects) {
      const rule = rules.find((r) => ruleMatches(r, subject));
      if (rule) matches.push({ subject, rule });
      if (pause) await pause();
    }
    if (!matches.length) return [];

    const calendar = await this.calendars.forTx(tx);
    const needPlaces = matches.some((m) => m.rule.slaMinutes === null);
    const places = needPlaces ? await this.places.locate(tx, matches.map((m) => m.subject.touchpointId)) : new Map();
    const rows: NewCase[] = [];
    for (const { subject, rule } of matches) {
      // Business-hours due dates are the CPU work here.
      if (pause) await pause();
      const slaMinutes = rule.slaMinutes ?? places.get(subject.touchpointId)?.slaMinutes ?? DEFAULT_SLA_MINUTES;
      const due = slaDueAt(subject.occurredAt, { minutes: slaMinutes, basis: rule.slaBasis }, calendar);
      rows.push({
        id: randomUUID(), subject_kind: subject.kind, subject_id: subject.id, rule_key: rule.key, rule_id: rule.ruleId, rule_name: rule.name,
        touchpoint_id: subject.touchpointId, journey_id: subject.journeyId, site_id: subject.siteId, customer_hash: subject.customerHash,
        nps: subject.scores.nps ?? null, csat: subject.scores.csat ?? null, comment: subject.comment, occurred_at: subject.occurredAt.toISOString(),
        sla_minutes: slaMinutes, sla_basis: rule.slaBasis, due_at: due.toISOString(), assignee_user_id: rule.assigneeUserId,
        assignee_team_id: rule.assigneeTeamId, escalate_to_user_id: rule.escalateToUserId,
      });
    }
    const opened = await tx.query<{ id: string; rule_id: string | null; assignee_team_id: string | null; due_at: Date }>(
      `INSERT INTO follow_up_case (workspace_id, id, subject_kind, subject_id, rule_key, rule_id, rule_name, touchpoint_id, journey_id, site_id, customer_hash,
                                   nps, csat, comment, occurred_at, sla_minutes, sla_basis, due_at, assignee_user_id, assignee_team_id, escalate_to_user_id)
       SELECT $1, i.id, i.subject_kind, i.subject_id, i.rule_key, i.rule_id, i.rule_name, i.touchpoint_id, i.journey_id, i.site_id, i.customer_hash,
              i.nps, i.csat, i.comment, i.occurred_at, i.sla_minutes, i.sla_basis, i.due_at, i.assignee_user_id, i.assignee_team_id, i.escalate_to_user_id
         FROM json_to_recordset($2::json) AS i(id uuid, subject_kind text, subject_id uuid, rule_key text, rule_id uuid, rule_name text, touchpoint_id uuid, journey_id uuid,
              site_id uuid, customer_hash text, nps smallint, csat smallint, comment text, occurred_at timestamptz, sla_minutes integer, sla_basis text, due_at timestamptz,
              assignee_user_id uuid, assignee_team_id uuid, escalate_to_user_id uuid)
        ORDER BY i.subject_id
       ON CONFLICT (workspace_id, subject_id) DO NOTHING
       RETURNING id, rule_id, assignee_team_id, due_at`,
      [JSON.stringify(rows)],
    );
    if (!opened.length) return [];
    await this.assignRoundRobin(tx, opened);
    // One sweep timer at the batch's earliest due time: the sweep breaches every case due by then and
    // re-arms itself at the next due time still waiting, so each opened case is covered (see CaseSlaService).
    const earliest = opened.reduce((min, c) => Math.min(min, new Date(c.due_at).getTime()), Infinity);
    await this.queue.insertWithin(tx, CASE_SLA_QUEUE, [caseSlaSweepJob(tx.workspaceId, new Date(earliest))]);
    return opened.map((c) => c.id);
  }

  /** Cases a rule gives to a team go to its members in turn; the rule's cursor moves atomically, so concurrent batches never hand out the same turn. */
  private async assignRoundRobin(tx: TenantTx, opened: { id: string; rule_id: string | null; assignee_team_id: string | null }[]): Promise<void> {
    const byRule = new Map<string, { teamId: string; ids: string[] }>();
    for (const c of opened) {
      if (!c.rule_id || !c.assignee_team_id) continue;
      const entry = byRule.get(c.rule_id) ?? { teamId: c.assignee_team_id, ids: [] };
      entry.ids.push(c.id);
      byRule.set(c.rule_id, entry);
    }
    if (!byRule.size) return;
    const members = await this.identity.teamMemberIds(tx, [...byRule.values()].map((e) => e.teamId));
    const assignments: { id: string; user: string }[] = [];
    for (const [ruleId, { teamId, ids }] of byRule) {
      const team = members.get(teamId) ?? [];
      if (!team.length) continue;
      const [row] = await tx.query<{ start: number }>(
        `UPDATE follow_up_rule SET round_robin_next = round_robin_next + $3 WHERE workspace_id = $1 AND id = $2 RETURNING round_robin_next - $3 AS start`,
        [ruleId, ids.length],
      );
      ids.forEach((id, k) => assignments.push({ id, user: team[(row.start + k) % team.length] }));
    }
    if (!assignments.length) return;
    await tx.query(
      `UPDATE follow_up_case c SET assignee_user_id = a.user_id
         FROM unnest($2::uuid[], $3::uuid[]) AS a(id, user_id)
        WHERE c.workspace_id = $1 AND c.id = a.id`,
      [assignments.map((a) => a.id), assignments.map((a) => a.user)],
    );
  }
}
