import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10. Custom lanes: a journey's own lanes (`journey.custom_lanes`, a list of {key, nameZh,
 * nameEn, kind} in map order) and each touchpoint's entries in them (`touchpoint.lane_values`,
 * lane key → list of text). Named views: a user's saved zoom, lanes and filters for one journey
 * (`journey_view`), optionally shared with the workspace; names are unique per user and journey.
 */
export class CustomLanesAndViews1796544405992 implements MigrationInterface {
  name = 'CustomLanesAndViews1796544405992';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journey ADD COLUMN custom_lanes jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`ALTER TABLE touchpoint ADD COLUMN lane_values jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      CREATE TABLE journey_view (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        user_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        settings jsonb NOT NULL,
        shared boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX journey_view_name ON journey_view (workspace_id, journey_id, user_id, name)`);
    await q.query(`ALTER TABLE journey_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE journey_view FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON journey_view
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS journey_view`);
    await q.query(`ALTER TABLE touchpoint DROP COLUMN IF EXISTS lane_values`);
    await q.query(`ALTER TABLE journey DROP COLUMN IF EXISTS custom_lanes`);
  }
}
