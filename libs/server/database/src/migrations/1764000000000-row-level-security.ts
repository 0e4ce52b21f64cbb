import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table with a workspace_id column when this migration was written. Later tables enable RLS in their own migration. */
const TENANT_TABLES = [
  'membership',
  'invitation',
  'team',
  'team_member',
  'api_token',
  'audit_event',
  'persona',
  'journey',
  'stage',
  'touchpoint',
  'pain_point',
  'opportunity',
  'journey_revision',
  'workspace_plugin',
  'metric_definition',
  'touchpoint_metric',
];

const TENANT = `nullif(current_setting('app.workspace_id', true), '')::uuid`;
const USER = `nullif(current_setting('app.user_id', true), '')::uuid`;

/**
 * Row-level security (DESIGN.md §6), the backstop behind TenantDb: the API serves as a role that
 * owns no table and cannot bypass RLS, and every tenant table only shows and accepts the rows of
 * the workspace set for the transaction (`set_config('app.workspace_id', …, true)`). With no
 * workspace set, a tenant table is empty and refuses inserts. FORCE makes the tables' owner
 * subject to the policies as well.
 *
 * Two lookups must cross workspaces, each narrowed to what the caller already proves:
 * - membership: a user's own memberships (their workspace list), visible when `app.user_id` is
 *   set for the transaction;
 * - resolving a session and its role in the requested workspace in one statement
 *   (`session_principal`): the function sets `app.user_id` to the session's user, and only then
 *   reads the membership, so the role comes from that user's own row.
 * API tokens carry their workspace id, so authenticating one runs inside that workspace.
 *
 * Global tables (app_user, user_session, workspace, rate_limit_bucket, migrations) have no
 * workspace_id and no policy: they belong to no tenant. Only identity may open a GlobalTx
 * (TenantDb.global(), enforced by lint); tenant SQL joins them only from its own rows (a
 * member's display name), which TenantTx.query's workspace_id check asks for.
 */
export class RowLevelSecurity1764000000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (workspace_id = ${TENANT}) WITH CHECK (workspace_id = ${TENANT})`);
    }
    await q.query(`CREATE POLICY membership_of_user ON membership FOR SELECT USING (user_id = ${USER})`);

    await q.query(`
      CREATE FUNCTION session_principal(p_token_hash text, p_workspace_id uuid)
      RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, locale text, role text)
      LANGUAGE plpgsql VOLATILE AS $$
      #variable_conflict use_column
      DECLARE
        previous text := current_setting('app.user_id', true);
        principal record;
        member_role text;
      BEGIN
        SELECT s.id AS sid, u.id AS uid, u.email AS mail, u.display_name AS name, u.locale AS loc INTO principal
          FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now();
        IF NOT FOUND THEN RETURN; END IF;
        IF p_workspace_id IS NOT NULL THEN
          -- In order: the membership policy now shows this user's own rows, and only those.
          PERFORM set_config('app.user_id', principal.uid::text, true);
          SELECT m.role INTO member_role FROM membership m WHERE m.workspace_id = p_workspace_id AND m.user_id = principal.uid;
          PERFORM set_config('app.user_id', coalesce(previous, ''), true);
        END IF;
        RETURN QUERY SELECT principal.sid, principal.uid, principal.mail, principal.name, principal.loc, member_role;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS session_principal(text, uuid)`);
    await q.query(`DROP POLICY IF EXISTS membership_of_user ON membership`);
    for (const table of TENANT_TABLES) {
      await q.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
