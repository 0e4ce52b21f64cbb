import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['business_calendar', 'root_cause_code', 'follow_up_rule', 'follow_up_case', 'case_note'];

/**
 * The cases context: follow-up rules, the cases they open (one per response or observation,
 * whichever rules it meets: the unique key below makes re-imports and retries harmless), notes and contact
 * attempts, per-workspace root-cause codes, and the business calendar SLAs are counted on.
 */
export class Cases1796532716142 implements MigrationInterface {
  name = 'Cases1796532716142';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_calendar (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
        working_hours jsonb NOT NULL,
        years jsonb NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id)
      )`);
    await q.query(`
      CREATE TABLE root_cause_code (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        archived boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, code)
      )`);
    await q.query(`
      CREATE TABLE follow_up_rule (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        enabled boolean NOT NULL DEFAULT true,
        condition jsonb,
        topics text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        journey_id uuid,
        touchpoint_id uuid,
        sla_minutes integer CHECK (sla_minutes > 0),
        sla_basis text NOT NULL DEFAULT 'business' CHECK (sla_basis IN ('elapsed', 'business')),
        assignee_user_id uuid,
        assignee_team_id uuid,
        escalate_to_user_id uuid,
        round_robin_next integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, assignee_team_id) REFERENCES team (workspace_id, id) ON DELETE SET NULL (assignee_team_id)
      )`);
    await q.query(`CREATE INDEX follow_up_rule_created_idx ON follow_up_rule (workspace_id, created_at, id)`);
    await q.query(`
      CREATE TABLE follow_up_case (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        subject_kind text NOT NULL CHECK (subject_kind IN ('response', 'observation')),
        subject_id uuid NOT NULL,
        rule_key text NOT NULL,
        rule_id uuid,
        rule_name text NOT NULL,
        touchpoint_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        site_id uuid,
        customer_hash text,
        nps smallint,
        csat smallint,
        comment text,
        occurred_at timestamptz NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        sla_minutes integer NOT NULL,
        sla_basis text NOT NULL CHECK (sla_basis IN ('elapsed', 'business')),
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contacted', 'resolved', 'closed')),
        assignee_user_id uuid,
        assignee_team_id uuid,
        escalate_to_user_id uuid,
        outcome text,
        root_cause_code_id uuid,
        first_contacted_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        breached_at timestamptz,
        escalated_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, root_cause_code_id) REFERENCES root_cause_code (workspace_id, id),
        CHECK (status <> 'resolved' OR root_cause_code_id IS NOT NULL)
      )`);
    // Exactly once per response (or observation) and rule.
    await q.query(`CREATE UNIQUE INDEX follow_up_case_subject ON follow_up_case (workspace_id, subject_id)`);
    await q.query(`CREATE INDEX follow_up_case_queue_idx ON follow_up_case (workspace_id, opened_at DESC, id DESC)`);
    await q.query(`CREATE INDEX follow_up_case_due_idx ON follow_up_case (workspace_id, due_at) WHERE status IN ('open', 'contacted')`);
    await q.query(`
      CREATE TABLE case_note (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('note', 'contact_attempt', 'system')),
        body text NOT NULL CHECK (length(body) <= 4000),
        channel text,
        reached boolean,
        author_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, case_id) REFERENCES follow_up_case (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX case_note_case_idx ON case_note (workspace_id, case_id, created_at, id)`);

    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
          WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
