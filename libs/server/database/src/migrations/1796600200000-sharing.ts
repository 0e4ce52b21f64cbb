import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sharing context's `share_link` table, born under row-level security: read-only links to one
 * journey's map or dashboard. Only the SHA-256 of a link's secret is stored; a link goes with its journey.
 */
export class Sharing1796600200000 implements MigrationInterface {
  name = 'Sharing1796600200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE share_link (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        target text NOT NULL CHECK (target IN ('map', 'dashboard')),
        label text NOT NULL DEFAULT '' CHECK (length(label) <= 200),
        secret_hash text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        members_only boolean NOT NULL DEFAULT false,
        expires_at timestamptz,
        revoked_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, secret_hash),
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX share_link_journey_idx ON share_link (workspace_id, journey_id, created_at DESC)`);
    await q.query(`ALTER TABLE share_link ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE share_link FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON share_link
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE share_link`);
  }
}
