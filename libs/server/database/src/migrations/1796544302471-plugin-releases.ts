import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each loaded plugin version contained (issue 16): the manifest and its content hash, recorded
 * the first time the host loads that version. A later start-up with the same version but another
 * hash is a plugin changed without a version bump; journeys made from an older template version
 * are diffed against the template recorded here. Global (plugins are installed per deployment, not
 * per workspace), so no workspace_id and no row-level security, like app_user.
 */
export class PluginReleases1796544302471 implements MigrationInterface {
  name = 'PluginReleases1796544302471';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plugin_release (
        plugin_id text NOT NULL,
        version text NOT NULL,
        content_hash text NOT NULL,
        manifest jsonb NOT NULL,
        first_loaded_at timestamptz NOT NULL DEFAULT now(),
        last_loaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plugin_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS plugin_release`);
  }
}
