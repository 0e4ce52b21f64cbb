import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The metrics context's daily roll-ups, and per-touchpoint warning thresholds beside the existing
 * target override. A roll-up row counts one workspace × touchpoint × metric × site × segment × day
 * (the day in the workspace's time zone); dashboards read these and never raw responses.
 * `site_id` is the nil UUID for "no site" so it can sit in the primary key (NULLS NOT DISTINCT
 * needs PostgreSQL 15; we support 14). `hist` counts durations per fixed bucket
 * (DURATION_BUCKET_LOWER_BOUNDS in libs/domain) for p50/p90.
 */
export class MetricRollup1795860876188 implements MigrationInterface {
  name = 'MetricRollup1795860876188';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE touchpoint_metric ADD COLUMN warning_override numeric`);
    await q.query(`
      CREATE TABLE metric_rollup (
        workspace_id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        metric_definition_id uuid NOT NULL,
        site_id uuid NOT NULL,
        segment text NOT NULL,
        day date NOT NULL,
        journey_id uuid NOT NULL,
        n bigint NOT NULL,
        sum numeric NOT NULL,
        sum_squares numeric NOT NULL,
        promoters bigint NOT NULL DEFAULT 0,
        passives bigint NOT NULL DEFAULT 0,
        detractors bigint NOT NULL DEFAULT 0,
        top_box bigint NOT NULL DEFAULT 0,
        top2_box bigint NOT NULL DEFAULT 0,
        within_target bigint NOT NULL DEFAULT 0,
        hist bigint[] NOT NULL,
        PRIMARY KEY (workspace_id, touchpoint_id, metric_definition_id, day, site_id, segment),
        FOREIGN KEY (workspace_id, metric_definition_id) REFERENCES metric_definition (workspace_id, id) ON DELETE CASCADE
      )`);
    // Only the primary key: every KPI read names its touchpoints (and a day range) or scans one
    // workspace's roll-ups for a site, and each extra index would be paid on every ingested batch.
    await q.query(`ALTER TABLE metric_rollup ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE metric_rollup FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON metric_rollup
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS metric_rollup`);
    await q.query(`ALTER TABLE touchpoint_metric DROP COLUMN IF EXISTS warning_override`);
  }
}
