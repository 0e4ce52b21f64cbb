import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['improvement_action', 'action_comment', 'pain_point_suggestion_dismissal', 'pain_point_evidence'];

/**
 * The actions context: improvement actions (the outer loop), their comments, dismissed pain-point
 * suggestions and the responses a pain point was accepted from; all born under row-level security.
 */
export class Actions1796532526632 implements MigrationInterface {
  name = 'Actions1796532526632';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE improvement_action (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        journey_id uuid NOT NULL,
        touchpoint_ids uuid[] NOT NULL,
        pain_point_id uuid,
        opportunity_id uuid,
        owner_user_id uuid,
        team_id uuid,
        priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'critical')),
        effort smallint NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
        due_date date,
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'planned', 'in_progress', 'done', 'verified', 'dropped')),
        target_metric_id uuid,
        expected_change numeric,
        control_touchpoint_ids uuid[],
        window_days integer NOT NULL DEFAULT 30 CHECK (window_days BETWEEN 1 AND 366),
        drop_reason text,
        impact jsonb,
        impact_measured_at timestamptz,
        planned_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        verified_at timestamptz,
        dropped_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX improvement_action_status_idx ON improvement_action (workspace_id, status, due_date)`);
    await q.query(`CREATE INDEX improvement_action_pain_point_idx ON improvement_action (workspace_id, pain_point_id) WHERE pain_point_id IS NOT NULL`);
    await q.query(`CREATE INDEX improvement_action_journey_idx ON improvement_action (workspace_id, journey_id)`);
    await q.query(`
      CREATE TABLE action_comment (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        action_id uuid NOT NULL,
        author_id uuid,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, action_id) REFERENCES improvement_action (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX action_comment_action_idx ON action_comment (workspace_id, action_id, created_at)`);
    await q.query(`
      CREATE TABLE pain_point_suggestion_dismissal (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        evidence_key text NOT NULL,
        touchpoint_id uuid NOT NULL,
        dismissed_by uuid,
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, evidence_key)
      )`);
    await q.query(`
      CREATE TABLE pain_point_evidence (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        pain_point_id uuid NOT NULL,
        response_id uuid NOT NULL,
        evidence_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, pain_point_id, response_id)
      )`);
    for (const t of TABLES) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY tenant_isolation ON ${t}
          USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
          WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pain_point_evidence`);
    await q.query(`DROP TABLE pain_point_suggestion_dismissal`);
    await q.query(`DROP TABLE action_comment`);
    await q.query(`DROP TABLE improvement_action`);
  }
}
