import type { MigrationInterface, QueryRunner } from 'typeorm';

const RLS = (table: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
     WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`,
];

/**
 * The notifications context (issue 15): in-app notifications per recipient (one per recipient and
 * dedupe key, so a comment notifies a person once however often it names them), per-user
 * preferences by kind (in-app, email), and the weeks whose personal digest was already sent.
 */
export class Notifications1796544042063 implements MigrationInterface {
  name = 'Notifications1796544042063';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        user_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('mention', 'assignment', 'alert', 'review_due')),
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link text,
        entity_type text,
        entity_id uuid,
        actor_user_id uuid,
        dedupe_key text NOT NULL,
        in_app boolean NOT NULL DEFAULT true,
        read_at timestamptz,
        emailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX notification_once ON notification (workspace_id, user_id, dedupe_key)`);
    await q.query(`CREATE INDEX notification_inbox ON notification (workspace_id, user_id, created_at DESC, id) WHERE in_app`);
    await q.query(`CREATE INDEX notification_unread ON notification (workspace_id, user_id) WHERE in_app AND read_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_preference (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('mention', 'assignment', 'alert', 'review_due', 'digest')),
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE notification_digest (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        week_start date NOT NULL,
        notifications integer NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, user_id, week_start)
      )`);
    for (const table of ['notification', 'notification_preference', 'notification_digest']) for (const sql of RLS(table)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_digest`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
  }
}
