import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table a KPI answer is read from that is not part of a journey's map (those bump `journey.content_version`). */
const KPI_INPUT_TABLES = ['metric_rollup', 'metric_rollup_period', 'emotion_rollup', 'metric_definition'] as const;

/**
 * `kpi_version.version` counts every change to a workspace's measurements: statement-level
 * triggers on the daily and period roll-ups, the emotion roll-ups and the metric definitions bump
 * the workspace's row in the writing transaction, whoever writes (a feedback batch, a CSV import, a
 * single response, a redaction, plain SQL). Cached KPI answers are keyed by it (with the content
 * version of the journey they read, for its stages, touchpoints and metric bindings), so no write
 * path can forget to invalidate them. A counter row updated in the writing transaction is never
 * stale when transactions commit out of order (a second writer waits for the first's row lock), as
 * a max() over a sequence would be. The triggers run as the writer, under its workspace's
 * row-level security; TRUNCATE (no transition table) bumps every workspace.
 */
export class KpiVersion1796605320775 implements MigrationInterface {
  name = 'KpiVersion1796605320775';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_version (
        workspace_id uuid NOT NULL PRIMARY KEY REFERENCES workspace (id) ON DELETE CASCADE,
        version bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`ALTER TABLE kpi_version ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE kpi_version FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON kpi_version
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
    await q.query(`
      CREATE FUNCTION kpi_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          UPDATE kpi_version SET version = version + 1;
        ELSIF TG_OP = 'DELETE' THEN
          -- A workspace being deleted takes its roll-ups (and this row) with it: nothing to count there.
          INSERT INTO kpi_version AS v (workspace_id, version)
            SELECT DISTINCT c.workspace_id, 1 FROM changed_old c WHERE EXISTS (SELECT 1 FROM workspace w WHERE w.id = c.workspace_id) ORDER BY 1
            ON CONFLICT (workspace_id) DO UPDATE SET version = v.version + 1;
        ELSE
          INSERT INTO kpi_version AS v (workspace_id, version)
            SELECT DISTINCT workspace_id, 1 FROM changed_new ORDER BY 1
            ON CONFLICT (workspace_id) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of KPI_INPUT_TABLES) {
      await q.query(`CREATE TRIGGER ${table}_kpi_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION kpi_inputs_changed()`);
      await q.query(`CREATE TRIGGER ${table}_kpi_updated AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION kpi_inputs_changed()`);
      await q.query(`CREATE TRIGGER ${table}_kpi_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION kpi_inputs_changed()`);
      await q.query(`CREATE TRIGGER ${table}_kpi_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION kpi_inputs_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of KPI_INPUT_TABLES) {
      for (const event of ['inserted', 'updated', 'deleted', 'truncated']) await q.query(`DROP TRIGGER IF EXISTS ${table}_kpi_${event} ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS kpi_inputs_changed()`);
    await q.query(`DROP TABLE IF EXISTS kpi_version`);
  }
}
