import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feedback inbox and collection links.
 *
 * The inbox pages newest first by (occurred_at, id); the index in that order (created on the
 * partitioned parent, so PostgreSQL builds it on every monthly partition) lets a page stop after
 * `first + 1` rows instead of sorting the workspace's responses. Tags filter by containment (GIN).
 *
 * A collection link is a public survey URL for one touchpoint (and optionally one site). Its token
 * is `<workspaceId>.<secret>`: the workspace part lets the public lookup run inside that tenant's
 * transaction under row-level security; the secret is kept in the row (see the entity for why).
 */
export class FeedbackInboxCollectionLinks1795900200000 implements MigrationInterface {
  name = 'FeedbackInboxCollectionLinks1795900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX feedback_response_inbox_idx ON feedback_response (workspace_id, occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX feedback_response_tags_idx ON feedback_response USING gin (tags)`);

    await q.query(`
      CREATE TABLE collection_link (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        site_id uuid,
        secret text COLLATE "C" NOT NULL CHECK (length(secret) BETWEEN 20 AND 100),
        label text NOT NULL DEFAULT '' CHECK (length(label) <= 200),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        response_count integer NOT NULL DEFAULT 0,
        last_response_at timestamptz,
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, secret),
        FOREIGN KEY (workspace_id, site_id) REFERENCES site (workspace_id, id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX collection_link_created_idx ON collection_link (workspace_id, created_at DESC, id DESC)`);
    await q.query(`ALTER TABLE collection_link ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE collection_link FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON collection_link
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS collection_link`);
    await q.query(`DROP INDEX IF EXISTS feedback_response_tags_idx`);
    await q.query(`DROP INDEX IF EXISTS feedback_response_inbox_idx`);
  }
}
