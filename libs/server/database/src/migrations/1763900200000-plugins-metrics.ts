import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plugins per workspace, metric definitions and their bindings to touchpoints. Metric definitions
 * are copied into the workspace (from core or a plugin preset) so later plugin upgrades never
 * change a workspace's targets or formulas.
 */
export class PluginsMetrics1763900200000 implements MigrationInterface {
  name = 'PluginsMetrics1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace_plugin (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        plugin_id text NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, plugin_id)
      )`);

    await q.query(`
      CREATE TABLE metric_definition (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('nps', 'csat', 'ces', 'numeric', 'duration', 'rate')),
        name_en text NOT NULL,
        name_zh text NOT NULL,
        unit text,
        scale_min numeric NOT NULL,
        scale_max numeric NOT NULL,
        direction text NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
        formula text NOT NULL,
        target numeric,
        warning_threshold numeric,
        source_plugin_id text,
        source_version text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, key),
        CHECK (scale_min < scale_max)
      )`);

    await q.query(`
      CREATE TABLE touchpoint_metric (
        workspace_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        metric_definition_id uuid NOT NULL,
        target_override numeric,
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (workspace_id, touchpoint_id, metric_definition_id),
        FOREIGN KEY (workspace_id, journey_id, touchpoint_id) REFERENCES touchpoint (workspace_id, journey_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, metric_definition_id) REFERENCES metric_definition (workspace_id, id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX touchpoint_metric_journey_idx ON touchpoint_metric (workspace_id, journey_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS touchpoint_metric`);
    await q.query(`DROP TABLE IF EXISTS metric_definition`);
    await q.query(`DROP TABLE IF EXISTS workspace_plugin`);
  }
}
