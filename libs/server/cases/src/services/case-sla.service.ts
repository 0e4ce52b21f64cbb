import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { backgroundTurn } from '@opencx/server-core';
import { JobQueue, TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { CASE_SLA_QUEUE, caseSlaJob, caseSlaSweepJob, type CaseSlaMessage } from './case-sla.jobs';

/** Cases one sweep transaction breaches (it goes on, a transaction per page, until none is due). */
const SWEEP_PAGE = 200;

/**
 * Fires SLA timers: a case still open or contacted at its due time is marked breached and
 * escalated: to the lead of the team it is assigned to, or, when that team has no lead (or the
 * case no team), to its rule's escalation contact. The escalated person hears of it through the
 * notifications context's `Notifier`. The timer is a pg-boss job (it survives a restart: it lives
 * in PostgreSQL), fetched by one worker at a time (SKIP LOCKED), and the breach itself is one
 * conditional UPDATE (`breached_at IS NULL`), so even a job run twice — retried after a crash, or
 * two API processes — marks, notes, notifies and audits the breach exactly once.
 *
 * A workspace's cases share sweep timers (see `caseSlaSweepJob`): a sweep breaches every case due
 * by now, a page of cases per transaction in a fixed number of statements (a backlog of thousands
 * after an outage or a historical import costs a few statements per page, not a transaction per
 * case), then arms the next timer at the earliest case still unbreached (due or not), before pg-boss
 * marks the sweep done. A case is therefore always covered by a waiting timer due no later than it; a crash
 * mid-sweep leaves the sweep job to be retried (pg-boss expiry), and two processes sweeping at
 * once breach each case once (the conditional UPDATE).
 */
@Injectable()
export class CaseSlaService implements OnApplicationBootstrap {
  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
    private readonly notifier: Notifier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.connected) return;
    await this.queue.work<CaseSlaMessage>(CASE_SLA_QUEUE, async (message) => {
      if (message.caseId) await this.fire({ workspaceId: message.workspaceId, caseId: message.caseId });
      else await this.sweep(message.workspaceId);
    });
  }

  /** Fires every case of the workspace due by now and arms the next sweep timer; answers how many breaches this call recorded. */
  async sweep(workspaceId: string): Promise<number> {
    const ctx = sweeper(workspaceId);
    let recorded = 0;
    for (;;) {
      // A backlog's pages are background work: each starts when no request is being served (or after a short wait).
      await backgroundTurn();
      const page = await this.db.write(ctx, (tx) => this.breach(tx, null, SWEEP_PAGE));
      recorded += page;
      if (page < SWEEP_PAGE) break;
    }
    // The earliest case still waiting, due or not: one that fell due while this sweep ran gets a timer
    // that fires at once, so no case is ever left without a timer due no later than itself.
    await this.db.write(ctx, async (tx) => {
      const [next] = await tx.query<{ due_at: Date | null }>(
        `SELECT min(due_at) AS due_at FROM follow_up_case WHERE workspace_id = $1 AND status IN ('open', 'contacted') AND breached_at IS NULL`,
      );
      if (next?.due_at) await this.queue.insertWithin(tx, CASE_SLA_QUEUE, [caseSlaSweepJob(workspaceId, new Date(next.due_at))]);
    });
    return recorded;
  }

  /** Answers whether this call recorded the breach (false: not due yet, already breached, or done). */
  async fire(message: { workspaceId: string; caseId: string }): Promise<boolean> {
    return this.db.write(sweeper(message.workspaceId), async (tx) => {
      if (await this.breach(tx, message.caseId, 1)) return true;
      // Fired early (clock skew between processes): wait for the due time again.
      const [pending] = await tx.query<{ due_at: Date }>(
        `SELECT due_at FROM follow_up_case WHERE workspace_id = $1 AND id = $2 AND breached_at IS NULL AND status IN ('open', 'contacted') AND due_at > now()`,
        [message.caseId],
      );
      if (pending) await this.queue.insertWithin(tx, CASE_SLA_QUEUE, [caseSlaJob(message.workspaceId, message.caseId, new Date(pending.due_at))]);
      return false;
    });
  }

  /**
   * Breaches up to `limit` cases due by now (or only `caseId`), oldest due first, in the caller's
   * transaction and in a fixed number of statements: the conditional UPDATE, the team leads, the
   * escalations that changed, the notes, the notifications and the audit events. The cases are
   * locked in due order (`FOR UPDATE`), so two sweeps never deadlock; one that waited for the other
   * re-checks each case after its commit and skips those already breached. Answers how many it breached.
   */
  private async breach(tx: TenantTx, caseId: string | null, limit: number): Promise<number> {
    const breached = await tx.query<BreachedCase>(
      `WITH due AS (
         SELECT id FROM follow_up_case
          WHERE workspace_id = $1 AND status IN ('open', 'contacted') AND breached_at IS NULL AND due_at <= now() AND ($2::uuid IS NULL OR id = $2)
          ORDER BY due_at, id LIMIT $3
            FOR UPDATE)
       UPDATE follow_up_case c SET breached_at = now(), escalated_at = now(), updated_at = now(), version = c.version + 1
         FROM due WHERE c.workspace_id = $1 AND c.id = due.id
       RETURNING c.id, c.escalate_to_user_id, c.assignee_team_id, c.rule_name, c.comment, c.due_at`,
      [caseId, limit],
    );
    if (!breached.length) return 0;
    const leads = await this.identity.teamLeads(tx, breached.map((b) => b.assignee_team_id));
    const escalations = breached.map((b) => {
      const teamLead = leads.get(b.assignee_team_id ?? '') ?? null;
      const to = teamLead ?? b.escalate_to_user_id;
      const whom = teamLead ? `the team lead (${to})` : to ? `the rule's escalation contact (${to})` : null;
      return { b, teamLead, to, note: whom ? `SLA breached; escalated to ${whom}` : 'SLA breached; not escalated (no team lead and no escalation contact on the rule)' };
    });
    const redirected = escalations.filter((e) => e.to !== e.b.escalate_to_user_id);
    if (redirected.length) {
      await tx.query(
        `UPDATE follow_up_case c SET escalate_to_user_id = u.user_id FROM unnest($2::uuid[], $3::uuid[]) AS u(id, user_id) WHERE c.workspace_id = $1 AND c.id = u.id`,
        [redirected.map((e) => e.b.id), redirected.map((e) => e.to)],
      );
    }
    await tx.query(
      `INSERT INTO case_note (workspace_id, id, case_id, kind, body, author_user_id)
       SELECT $1, n.id, n.case_id, 'system', n.body, NULL FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS n(id, case_id, body)`,
      [escalations.map(() => randomUUID()), escalations.map((e) => e.b.id), escalations.map((e) => e.note)],
    );
    await this.notifier.notifyEach(
      tx,
      escalations.flatMap(({ b, to }) =>
        to
          ? [{ kind: 'alert' as const, recipients: { userIds: [to] }, title: `SLA breached: ${b.rule_name}`, body: b.comment ?? '', link: `/cases?case=${b.id}`, entityType: 'follow_up_case', entityId: b.id, dedupeKey: `case-escalation:${b.id}` }]
          : [],
      ),
    );
    await this.audit.recordEach(
      tx,
      escalations.map(({ b, teamLead, to }) => ({ action: 'followUpCase.breach', entityType: 'follow_up_case', entityId: b.id, after: { breached: true, escalatedTo: to, viaTeamLead: teamLead !== null, dueAt: b.due_at } })),
    );
    return breached.length;
  }
}

/** The SLA timer acts as no one, with an editor's rights, in the case's workspace. */
function sweeper(workspaceId: string): WorkspaceContext {
  return { workspaceId, role: 'editor', actor: { userId: null, tokenId: null } };
}

interface BreachedCase {
  id: string;
  escalate_to_user_id: string | null;
  assignee_team_id: string | null;
  rule_name: string;
  comment: string | null;
  due_at: Date;
}
