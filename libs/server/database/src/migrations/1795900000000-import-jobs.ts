import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feedback context's CSV imports (DESIGN §2 ImportJob). A job row is also the import's
 * checkpoint: each chunk of the file commits its rows, their roll-ups, the job's counts and
 * `lines_done` in one transaction, so a worker killed mid-file resumes after the last committed
 * chunk and the job ends with exactly the counts of one clean import. `errors` keeps the first
 * 1,000 rejected rows (line, field, reason and the row's cells, for the errors.csv download);
 * `rejected` counts them all. Rows reach `feedback_response` through a transaction-local
 * temporary staging table filled by COPY, so nothing here stages data.
 */
export class ImportJobs1795900000000 implements MigrationInterface {
  name = 'ImportJobs1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        mode text NOT NULL CHECK (mode IN ('partial', 'all_or_nothing')),
        encoding text NOT NULL CHECK (encoding IN ('auto', 'utf8', 'gb18030')),
        detected_encoding text,
        mapping jsonb NOT NULL DEFAULT '{}',
        headers jsonb NOT NULL DEFAULT '[]',
        source text NOT NULL,
        file_name text,
        file_bytes bigint NOT NULL DEFAULT 0,
        bytes_done bigint NOT NULL DEFAULT 0,
        lines_done integer NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        accepted integer NOT NULL DEFAULT 0,
        duplicate integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        failure text,
        attempts integer NOT NULL DEFAULT 0,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        PRIMARY KEY (workspace_id, id)
      )`);
    // The keyset order of importJobs: newest first.
    await q.query(`CREATE INDEX import_job_page ON import_job (workspace_id, created_at DESC, id)`);
    await q.query(`ALTER TABLE import_job ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE import_job FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON import_job
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_job`);
  }
}
