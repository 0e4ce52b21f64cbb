import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SLA sweep reads the cases still waiting for their breach, oldest due first. The queue's
 * `follow_up_case_due_idx` also holds every case already breached and still open, so each page of a
 * sweep over a large backlog walked past all the cases breached before it. This index holds only
 * the cases a sweep can still breach; a breach takes the case out of it.
 */
export class CaseSlaDue1796610000000 implements MigrationInterface {
  name = 'CaseSlaDue1796610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX follow_up_case_sla_due_idx ON follow_up_case (workspace_id, due_at, id) WHERE status IN ('open', 'contacted') AND breached_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX follow_up_case_sla_due_idx`);
  }
}
