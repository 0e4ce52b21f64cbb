import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JobQueue, TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { CASE_SLA_QUEUE, caseSlaJob, type CaseSlaMessage } from './case-sla.jobs';

/**
 * Fires SLA timers: a case still open or contacted at its due time is marked breached and
 * escalated: to the lead of the team it is assigned to, or, when that team has no lead (or the
 * case no team), to its rule's escalation contact. The escalated person hears of it through the
 * notifications context's `Notifier`. The timer is a pg-boss job (it survives a restart: it lives
 * in PostgreSQL), fetched by one worker at a time (SKIP LOCKED), and the breach itself is one
 * conditional UPDATE (`breached_at IS NULL`), so even a job run twice — retried after a crash, or
 * two API processes — marks, notes, notifies and audits the breach exactly once.
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
      await this.fire(message);
    });
  }

  /** Answers whether this call recorded the breach (false: not due yet, already breached, or done). */
  async fire(message: CaseSlaMessage): Promise<boolean> {
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
