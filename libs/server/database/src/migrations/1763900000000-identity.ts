import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity and audit. Tenant tables key on (workspace_id, id) and every foreign key between tenant
 * tables includes workspace_id, so a join can never cross tenants and the schema can be distributed
 * by workspace_id. Users and sessions are global (reference) tables.
 */
export class Identity1763900000000 implements MigrationInterface {
  name = 'Identity1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'zh-CN',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE workspace (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        locale text NOT NULL DEFAULT 'zh-CN',
        time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE membership (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, user_id)
      )`);
    await q.query(`CREATE INDEX membership_user_idx ON membership (user_id)`);

    await q.query(`
      CREATE TABLE invitation (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'viewer')),
        invited_by uuid NOT NULL REFERENCES app_user (id),
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX invitation_open_email_key ON invitation (workspace_id, lower(email)) WHERE accepted_at IS NULL`);
    await q.query(`CREATE INDEX invitation_email_idx ON invitation (lower(email)) WHERE accepted_at IS NULL`);

    await q.query(`
      CREATE TABLE team (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, name)
      )`);

    await q.query(`
      CREATE TABLE team_member (
        workspace_id uuid NOT NULL,
        team_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, team_id, user_id),
        FOREIGN KEY (workspace_id, team_id) REFERENCES team (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE api_token (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        prefix text NOT NULL,
        token_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, token_hash)
      )`);
    await q.query(`CREATE INDEX api_token_hash_idx ON api_token (token_hash)`);

    await q.query(`
      CREATE TABLE audit_event (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        actor_user_id uuid,
        actor_token_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX audit_event_recent_idx ON audit_event (workspace_id, created_at DESC)`);

    // Fixed-window counters for login / sign-up / ingestion rate limits; in PostgreSQL so API replicas share them.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_bucket (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['rate_limit_bucket', 'audit_event', 'api_token', 'team_member', 'team', 'invitation', 'membership', 'workspace', 'user_session', 'app_user']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
