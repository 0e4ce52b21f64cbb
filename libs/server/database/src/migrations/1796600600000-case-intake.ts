import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up cases' intake (an outbox): a feedback batch's transaction writes one row with its
 * new responses and observations and commits; the cases context's drainer opens their cases after
 * the commit and deletes the row in the same transaction, so each row is opened from exactly once.
 */
export class CaseIntake1796600600000 implements MigrationInterface {
  name = 'CaseIntake1796600600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_intake (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        subjects json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    // A row lives until its drain, is read whole once and never queried inside: plain JSON text
    // (no jsonb parse) stored uncompressed (no pglz pass over a 1,000-answer batch) is the cheapest write.
    await q.query(`ALTER TABLE case_intake ALTER COLUMN subjects SET STORAGE EXTERNAL`);
    await q.query(`ALTER TABLE case_intake ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_intake FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON case_intake
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS case_intake`);
  }
}
