import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JobQueue, TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { CASE_SLA_QUEUE, caseSlaJob, caseSlaSweepJob, type CaseSlaMessage } from './case-sla.jobs';

/** Cases one sweep reads at a time (it reads again until none is due). */
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
 * A workspace's cases share sweep timers (see `caseSlaSweepJob`): a sweep fires every case due by
 * now, one transaction each as above, then arms the next timer at the earliest due time still
 * waiting, before pg-boss marks the sweep done. A case is therefore always covered by a waiting
 * timer due no later than it; a crash mid-sweep leaves the sweep job to be retried (pg-boss expiry),
 * and two processes sweeping at once breach each case once (the conditional UPDATE).
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
    const ctx: WorkspaceContext = { workspaceId, role: 'editor', actor: { userId: null, tokenId: null } };
    let recorded = 0;
    const seen = new Set<string>();
    for (;;) {
      const due = await this.db.read(ctx, (tx) =>
        tx.query<{ id: string }>(
          `SELECT id FROM follow_up_case
            WHERE workspace_id = $1 AND status IN ('open', 'contacted') AND breached_at IS NULL AND due_at <= now() AND NOT (id = ANY($2::uuid[]))
            ORDER BY due_at, id LIMIT ${SWEEP_PAGE}`,
          [[...seen]],
        ),
      );
      // A case another process breached (or closed) meanwhile answers false: it is not read again.
      for (const { id } of due) {
        if (await this.fire({ workspaceId, caseId: id })) recorded++;
        else seen.add(id);
      }
      if (due.length < SWEEP_PAGE) break;
    }
    await this.db.write(ctx, async (tx) => {
      const [next] = await tx.query<{ due_at: Date | null }>(
        `SELECT min(due_at) AS due_at FROM follow_up_case WHERE workspace_id = $1 AND status IN ('open', 'contacted') AND breached_at IS NULL AND due_at > now()`,
      );
      if (next?.due_at) await this.queue.insertWithin(tx, CASE_SLA_QUEUE, [caseSlaSweepJob(workspaceId, new Date(next.due_at))]);
    });
    return recorded;
  }

  /** Answers whether this call recorded the breach (false: not due yet, already breached, or done). */
  async fire(message: { workspaceId: string; caseId: string }): Promise<boolean> {
    const ctx: WorkspaceContext = { workspaceId: message.workspaceId, role: 'editor', actor: { userId: null, tokenId: null } };
    return this.db.write(ctx, async (tx) => {
      const [breached] = await tx.query<BreachedCase>(
        `UPDATE follow_up_case SET breached_at = now(), escalated_at = now(), updated_at = now(), version = version + 1
          WHERE workspace_id = $1 AND id = $2 AND breached_at IS NULL AND status IN ('open', 'contacted') AND due_at <= now()
          RETURNING id, escalate_to_user_id, assignee_team_id, rule_name, comment, due_at, status`,
        [message.caseId],
      );
      if (!breached) {
        // Fired early (clock skew between processes): wait for the due time again.
        const [pending] = await tx.query<{ due_at: Date }>(
          `SELECT due_at FROM follow_up_case WHERE workspace_id = $1 AND id = $2 AND breached_at IS NULL AND status IN ('open', 'contacted') AND due_at > now()`,
          [message.caseId],
        );
        if (pending) await this.queue.insertWithin(tx, CASE_SLA_QUEUE, [caseSlaJob(message.workspaceId, message.caseId, new Date(pending.due_at))]);
        return false;
      }
      const teamLead = (await this.identity.teamLeads(tx, [breached.assignee_team_id])).get(breached.assignee_team_id ?? '') ?? null;
      const to = teamLead ?? breached.escalate_to_user_id;
      if (to !== breached.escalate_to_user_id) {
        await tx.query(`UPDATE follow_up_case SET escalate_to_user_id = $3 WHERE workspace_id = $1 AND id = $2`, [breached.id, to]);
      }
      const whom = teamLead ? `the team lead (${to})` : to ? `the rule's escalation contact (${to})` : null;
      await tx.query(
        `INSERT INTO case_note (workspace_id, id, case_id, kind, body, author_user_id) VALUES ($1, $2, $3, 'system', $4, NULL)`,
        [randomUUID(), breached.id, whom ? `SLA breached; escalated to ${whom}` : 'SLA breached; not escalated (no team lead and no escalation contact on the rule)'],
      );
      if (to) {
        await this.notifier.notify(tx, {
          kind: 'alert',
          recipients: { userIds: [to] },
          title: `SLA breached: ${breached.rule_name}`,
          body: breached.comment ?? '',
          link: `/cases?case=${breached.id}`,
          entityType: 'follow_up_case',
          entityId: breached.id,
          dedupeKey: `case-escalation:${breached.id}`,
        });
      }
      await this.audit.record(tx, { action: 'followUpCase.breach', entityType: 'follow_up_case', entityId: breached.id, after: { breached: true, escalatedTo: to, viaTeamLead: teamLead !== null, dueAt: breached.due_at } });
      return true;
    });
  }
}

interface BreachedCase {
  id: string;
  escalate_to_user_id: string | null;
  assignee_team_id: string | null;
  rule_name: string;
  comment: string | null;
  due_at: Date;
  status: string;
}
