import type { MigrationInterface, QueryRunner } from 'typeorm';

const RLS = (table: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
     WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`,
];

/**
 * The comments context (issue 15): threaded comments on any card of a journey map (a thread is a
 * root comment and its replies, one level deep; resolving marks the root), and the members and
 * teams each comment mentions.
 */
export class Comments1796544046999 implements MigrationInterface {
  name = 'Comments1796544046999';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        target_kind text NOT NULL CHECK (target_kind IN ('stage', 'touchpoint', 'pain_point', 'opportunity', 'action')),
        target_id uuid NOT NULL,
        parent_id uuid,
        author_id uuid,
        body text NOT NULL,
        resolved_at timestamptz,
        resolved_by uuid,
        edited_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, parent_id) REFERENCES comment (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX comment_by_target ON comment (workspace_id, journey_id, target_kind, target_id, created_at, id)`);
    await q.query(`CREATE INDEX comment_replies ON comment (workspace_id, parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE comment_mention (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        comment_id uuid NOT NULL,
        mention_kind text NOT NULL CHECK (mention_kind IN ('user', 'team')),
        mentioned_id uuid NOT NULL,
        PRIMARY KEY (workspace_id, comment_id, mentioned_id),
        FOREIGN KEY (workspace_id, comment_id) REFERENCES comment (workspace_id, id) ON DELETE CASCADE
      )`);
    for (const table of ['comment', 'comment_mention']) for (const sql of RLS(table)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE comment_mention`);
    await q.query(`DROP TABLE comment`);
  }
}
