import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-surveys of follow-up cases. After a case is resolved, its re-survey is a collection link
 * scoped to the case (`collection_link.case_id`, at most one per case); the first answer through
 * it is kept on the case (scores, when) with whether it recovered the customer, which gives the
 * loop's recovery rate.
 */
export class CaseResurvey1796544051414 implements MigrationInterface {
  name = 'CaseResurvey1796544051414';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE collection_link ADD COLUMN case_id uuid`);
    await q.query(`CREATE UNIQUE INDEX collection_link_case ON collection_link (workspace_id, case_id) WHERE case_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE follow_up_case
        ADD COLUMN resurvey_link_id uuid,
        ADD COLUMN resurvey_response_id uuid,
        ADD COLUMN resurvey_nps smallint CHECK (resurvey_nps BETWEEN 0 AND 10),
        ADD COLUMN resurvey_csat smallint CHECK (resurvey_csat BETWEEN 1 AND 5),
        ADD COLUMN resurvey_answered_at timestamptz,
        ADD COLUMN recovered boolean`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE follow_up_case
        DROP COLUMN IF EXISTS recovered, DROP COLUMN IF EXISTS resurvey_answered_at, DROP COLUMN IF EXISTS resurvey_csat,
        DROP COLUMN IF EXISTS resurvey_nps, DROP COLUMN IF EXISTS resurvey_response_id, DROP COLUMN IF EXISTS resurvey_link_id`);
    await q.query(`DROP INDEX IF EXISTS collection_link_case`);
    await q.query(`ALTER TABLE collection_link DROP COLUMN IF EXISTS case_id`);
  }
}
