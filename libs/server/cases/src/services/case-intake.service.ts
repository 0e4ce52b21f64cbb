import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { backgroundTurn } from '@opencx/server-core';
import { JobQueue, TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { FeedbackIngestedHooks, type FeedbackIngested } from '@opencx/server-feedback';
import { CASE_INTAKE_QUEUE, caseIntakeJob, type CaseIntakeMessage } from './case-intake.jobs';
import { CaseOpenerService } from './case-opener.service';
import { CaseResurveyService } from './case-resurvey.service';

/** A batch's new responses and observations as the intake row stores them (JSON: dates as ISO strings). */
type StoredSubjects = {
  responses: (Omit<FeedbackIngested['responses'][number], 'occurredAt'> & { occurredAt: string })[];
  observations: (Omit<FeedbackIngested['observations'][number], 'occurredAt'> & { occurredAt: string })[];
};

/**
 * The follow-up cases' outbox. A feedback batch's transaction only writes one `case_intake` row
 * (its new responses and observations) and one pg-boss job, and commits; the job's worker then
 * opens the batch's cases in a transaction of its own that also deletes the row. So:
 * - a rolled-back batch leaves no row and no job: it opens nothing;
 * - a committed batch's row and job are in PostgreSQL: a restart or crash before the drain only
 *   delays the cases (pg-boss runs the job again: an active job whose worker died expires and is retried);
 * - a drain run twice (a retry, two processes) opens the row's cases once: the DELETE … RETURNING
 *   takes the row for its transaction, the second finds it gone; and the cases' unique key
 *   (workspace, subject) stays the guarantee underneath.
 */
@Injectable()
export class CaseIntakeService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly hooks: FeedbackIngestedHooks,
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly opener: CaseOpenerService,
    private readonly resurveys: CaseResurveyService,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (tx, ingested) => {
      // An answer to a case's re-survey is that case's recovery measure, not a new case: recorded in the batch's transaction.
      if (ingested.resurveyOf) {
        for (const response of ingested.responses) await this.resurveys.record(tx, ingested.resurveyOf, response);
        return;
      }
      await this.enqueue(tx, ingested);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.connected) return;
    await this.queue.work<CaseIntakeMessage>(CASE_INTAKE_QUEUE, async (message) => {
      await this.drain(message);
    });
  }

  /** In the batch's transaction: records its new subjects for the drainer. */
  async enqueue(tx: TenantTx, ingested: FeedbackIngested): Promise<void> {
    const id = randomUUID();
    const subjects: StoredSubjects = {
      responses: ingested.responses.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
      observations: ingested.observations.map((o) => ({ ...o, occurredAt: o.occurredAt.toISOString() })),
    };
    await tx.query(`INSERT INTO case_intake (workspace_id, id, subjects) VALUES ($1, $2, $3::json)`, [id, JSON.stringify(subjects)]);
    await this.queue.insertWithin(tx, CASE_INTAKE_QUEUE, [caseIntakeJob(tx.workspaceId, id)]);
  }

  /** Opens the cases of one intake row and consumes it; answers the ids of the cases opened (none when the row was already drained). */
  async drain(message: CaseIntakeMessage): Promise<string[]> {
    const ctx: WorkspaceContext = { workspaceId: message.workspaceId, role: 'editor', actor: { userId: null, tokenId: null } };
    return this.db.write(ctx, async (tx) => {
      const [row] = await tx.query<{ subjects: StoredSubjects }>(`DELETE FROM case_intake WHERE workspace_id = $1 AND id = $2 RETURNING subjects`, [message.intakeId]);
      if (!row) return [];
      return this.opener.openCases(tx, {
        responses: row.subjects.responses.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt) })),
        observations: row.subjects.observations.map((o) => ({ ...o, occurredAt: new Date(o.occurredAt) })),
        // A drain is background work: its per-row CPU (rules, business-hours due dates) yields to requests being served.
        turn: () => backgroundTurn(),
      });
    });
  }
}
