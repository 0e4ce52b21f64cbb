import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Journey maps: persona → journey → stages → touchpoints → pain points / opportunities, and the
 * immutable revision history. Positions are dense (0…n−1) per parent; the unique constraints on
 * them are deferred so a reorder can shift many rows inside one transaction.
 */
export class Journeys1763900100000 implements MigrationInterface {
  name = 'Journeys1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE persona (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        goals text[] NOT NULL DEFAULT '{}',
        needs text[] NOT NULL DEFAULT '{}',
        frustrations text[] NOT NULL DEFAULT '{}',
        segment_key text,
        source_plugin_id text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);

    await q.query(`
      CREATE TABLE journey (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        persona_id uuid,
        state text NOT NULL CHECK (state IN ('current', 'future')),
        shape text NOT NULL CHECK (shape IN ('linear', 'cyclical', 'non_linear')),
        status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
        owner_team_id uuid,
        source_plugin_id text,
        template_key text,
        template_version text,
        review_cadence_days integer CHECK (review_cadence_days > 0),
        next_review_at date,
        version integer NOT NULL DEFAULT 1,
        revision integer NOT NULL DEFAULT 0,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, persona_id) REFERENCES persona (workspace_id, id) ON DELETE RESTRICT,
        FOREIGN KEY (workspace_id, owner_team_id) REFERENCES team (workspace_id, id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX journey_list_idx ON journey (workspace_id, status, updated_at DESC)`);

    await q.query(`
      CREATE TABLE stage (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, journey_id, id),
        CONSTRAINT stage_position_key UNIQUE (workspace_id, journey_id, position) DEFERRABLE INITIALLY DEFERRED,
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE touchpoint (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        stage_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        name text NOT NULL,
        channel text NOT NULL,
        customer_action text NOT NULL DEFAULT '',
        customer_thought text NOT NULL DEFAULT '',
        expectation text NOT NULL DEFAULT '',
        emotion smallint NOT NULL DEFAULT 0 CHECK (emotion BETWEEN -3 AND 3),
        moment_of_truth boolean NOT NULL DEFAULT false,
        layer text NOT NULL DEFAULT 'front_stage' CHECK (layer IN ('front_stage', 'back_stage')),
        owner_team_id uuid,
        sla_minutes integer CHECK (sla_minutes > 0),
        device text,
        region text,
        template_key text,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, journey_id, id),
        CONSTRAINT touchpoint_position_key UNIQUE (workspace_id, stage_id, position) DEFERRABLE INITIALLY DEFERRED,
        -- a touchpoint's stage must belong to the touchpoint's journey
        FOREIGN KEY (workspace_id, journey_id, stage_id) REFERENCES stage (workspace_id, journey_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, owner_team_id) REFERENCES team (workspace_id, id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX touchpoint_journey_idx ON touchpoint (workspace_id, journey_id)`);

    await q.query(`
      CREATE TABLE pain_point (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 5),
        source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'feedback', 'research')),
        evidence_count integer NOT NULL DEFAULT 0 CHECK (evidence_count >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, journey_id, touchpoint_id) REFERENCES touchpoint (workspace_id, journey_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX pain_point_journey_idx ON pain_point (workspace_id, journey_id)`);

    await q.query(`
      CREATE TABLE opportunity (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        pain_point_id uuid,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, journey_id, touchpoint_id) REFERENCES touchpoint (workspace_id, journey_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, pain_point_id) REFERENCES pain_point (workspace_id, id) ON DELETE SET NULL (pain_point_id)
      )`);
    await q.query(`CREATE INDEX opportunity_journey_idx ON opportunity (workspace_id, journey_id)`);

    await q.query(`
      CREATE TABLE journey_revision (
        workspace_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        revision integer NOT NULL,
        action text NOT NULL,
        summary text NOT NULL,
        actor_user_id uuid,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (workspace_id, journey_id, revision),
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE
      )`);
    // Revisions are history: never rewritten (they go only with their journey).
    await q.query(`
      CREATE FUNCTION journey_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'journey revisions are immutable'; END $$`);
    await q.query(`CREATE TRIGGER journey_revision_no_update BEFORE UPDATE ON journey_revision FOR EACH ROW EXECUTE FUNCTION journey_revision_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS journey_revision_no_update ON journey_revision`);
    await q.query(`DROP FUNCTION IF EXISTS journey_revision_immutable()`);
    for (const table of ['journey_revision', 'opportunity', 'pain_point', 'touchpoint', 'stage', 'journey', 'persona']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
