import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['journey_review', 'journey_review_due', 'workspace_digest'];

/**
 * The reviews context. `journey_review` is a held review of a journey: its period, the KPI snapshot
 * and the improvement actions' status as they stood, and the decisions taken. `journey_review_due`
 * records that a journey's review fell due (one row per journey and due day, so the scheduled job
 * marks each due review once however often or on however many API processes it runs); the review
 * that answers it fills `review_id`. `workspace_digest` is the monthly digest of a workspace: what
 * changed month on month per journey and metric, whether it is significant, and which actions explain it.
 */
export class Reviews1796544870715 implements MigrationInterface {
  name = 'Reviews1796544870715';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE journey_review (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        kpis jsonb NOT NULL,
        actions jsonb NOT NULL,
        decisions jsonb NOT NULL DEFAULT '[]',
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 8000),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX journey_review_journey_idx ON journey_review (workspace_id, journey_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE journey_review_due (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        due_on date NOT NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        review_id uuid,
        PRIMARY KEY (workspace_id, journey_id, due_on),
        FOREIGN KEY (workspace_id, review_id) REFERENCES journey_review (workspace_id, id) ON DELETE SET NULL (review_id)
      )`);
    await q.query(`
      CREATE TABLE workspace_digest (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
        items jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, month)
      )`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
          WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
