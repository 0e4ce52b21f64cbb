import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily counters of measured emotion (DESIGN.md §3b) per workspace × touchpoint × site × segment ×
 * day: n, Σe and Σe² of each response's emotion on −1…+1. Emotion is per response (the mean of the
 * scores it carries, blended with its sentiment), not per metric, so it cannot be derived from
 * metric_rollup's per-metric sums; a table of its own keeps metric_rollup's statement and its
 * "equals a GROUP BY over raw rows" invariant untouched. `site_id` is the nil UUID for "no site"
 * as in metric_rollup.
 */
export class EmotionRollup1795900300000 implements MigrationInterface {
  name = 'EmotionRollup1795900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE emotion_rollup (
        workspace_id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        site_id uuid NOT NULL,
        segment text NOT NULL,
        day date NOT NULL,
        journey_id uuid NOT NULL,
        n bigint NOT NULL,
        sum double precision NOT NULL,
        sum_squares double precision NOT NULL,
        PRIMARY KEY (workspace_id, touchpoint_id, day, site_id, segment)
      )`);
    await q.query(`ALTER TABLE emotion_rollup ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE emotion_rollup FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON emotion_rollup
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS emotion_rollup`);
  }
}
