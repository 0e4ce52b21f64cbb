import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations become one-time secret links (hashed, expiring, revocable; accepted by a signed-in
 * account inside the workspace's own tenant transaction, so the lookup never scans other tenants),
 * and the global security-event log (sign-up, logins, logout, invitations accepted, role changes,
 * API tokens used from a new IP).
 *
 * Open invitations from before this migration carry no secret and were claimed by an email match;
 * they are revoked here, so an admin re-invites with a link.
 */
export class InvitationLinksSecurityEvents1764000100000 implements MigrationInterface {
  name = 'InvitationLinksSecurityEvents1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invitation
        ADD COLUMN token_hash text,
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN revoked_at timestamptz,
        ADD COLUMN accepted_by uuid REFERENCES app_user (id) ON DELETE SET NULL`);
    await q.query(`UPDATE invitation SET revoked_at = now() WHERE accepted_at IS NULL`);
    await q.query(`UPDATE invitation SET expires_at = created_at WHERE expires_at IS NULL`);
    await q.query(`ALTER TABLE invitation ALTER COLUMN expires_at SET NOT NULL`);
    // A link is only ever looked up inside its own workspace.
    await q.query(`CREATE UNIQUE INDEX invitation_token_key ON invitation (workspace_id, token_hash)`);
    // Sign-up no longer claims invitations by email, so the cross-tenant email index goes.
    await q.query(`DROP INDEX invitation_email_idx`);
    await q.query(`DROP INDEX invitation_open_email_key`);
    await q.query(`CREATE UNIQUE INDEX invitation_open_email_key ON invitation (workspace_id, lower(email)) WHERE accepted_at IS NULL AND revoked_at IS NULL`);

    // Global (no workspace_id, so no row level security policy): an account's events span workspaces; role
    // changes name theirs in detail. `invitation` is already under FORCE ROW LEVEL SECURITY (1764000000000).
    await q.query(`
      CREATE TABLE security_event (
        id uuid PRIMARY KEY,
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN (
          'sign_up', 'sign_up_existing_email', 'login_succeeded', 'login_failed', 'login_rate_limited', 'logout',
          'session_revoked', 'invitation_accepted', 'api_token_new_ip', 'role_changed')),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        ip text,
        user_agent text,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX security_event_recent_idx ON security_event (at DESC, id DESC)`);
    await q.query(`CREATE INDEX security_event_user_idx ON security_event (user_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX security_event_workspace_idx ON security_event ((detail ->> 'workspaceId'), at DESC, id DESC) WHERE detail ? 'workspaceId'`);
    // "Used from a new IP" asks whether this token was ever seen from this address.
    await q.query(`CREATE INDEX security_event_token_ip_idx ON security_event ((detail ->> 'tokenId'), ip) WHERE kind = 'api_token_new_ip'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS security_event`);
    await q.query(`DROP INDEX IF EXISTS invitation_open_email_key`);
    await q.query(`DELETE FROM invitation WHERE revoked_at IS NOT NULL AND accepted_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX invitation_open_email_key ON invitation (workspace_id, lower(email)) WHERE accepted_at IS NULL`);
    await q.query(`CREATE INDEX invitation_email_idx ON invitation (lower(email)) WHERE accepted_at IS NULL`);
    await q.query(`DROP INDEX IF EXISTS invitation_token_key`);
    await q.query(`ALTER TABLE invitation DROP COLUMN accepted_by, DROP COLUMN revoked_at, DROP COLUMN expires_at, DROP COLUMN token_hash`);
  }
}
