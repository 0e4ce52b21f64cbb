import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['research_brief', 'research_step', 'research_item', 'research_file', 'evidence_citation'];

/**
 * The research context: a journey's research plan (brief + the seven steps), its evidence (notes,
 * quotes, figures, files with their bytes in a separate table) searchable by words (jieba-segmented
 * text in a 'simple' tsvector, GIN index), and citations of evidence by pain points and
 * opportunities. All born under row-level security.
 */
export class Research1796543980326 implements MigrationInterface {
  name = 'Research1796543980326';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE research_brief (
        workspace_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        goal text NOT NULL DEFAULT '',
        scope text NOT NULL DEFAULT '',
        hypotheses text[] NOT NULL DEFAULT '{}',
        research_questions text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, journey_id),
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE research_step (
        workspace_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        step_key text NOT NULL CHECK (step_key IN ('goal_scope', 'personas', 'gather_data', 'draw', 'analyse', 'improve', 'iterate')),
        status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
        owner_user_id uuid,
        notes text NOT NULL DEFAULT '',
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, journey_id, step_key),
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE research_item (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        touchpoint_id uuid,
        kind text NOT NULL CHECK (kind IN ('interview_note', 'quote', 'observation', 'survey_extract', 'analytics_figure', 'file')),
        title text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        source text NOT NULL DEFAULT '',
        persona_id uuid,
        consent boolean NOT NULL DEFAULT false,
        file_name text,
        content_type text,
        byte_size integer,
        search_words text NOT NULL DEFAULT '',
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_words)) STORED,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, journey_id) REFERENCES journey (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, journey_id, touchpoint_id) REFERENCES touchpoint (workspace_id, journey_id, id) ON DELETE SET NULL (touchpoint_id),
        FOREIGN KEY (workspace_id, persona_id) REFERENCES persona (workspace_id, id) ON DELETE SET NULL (persona_id)
      )`);
    await q.query(`CREATE INDEX research_item_journey_idx ON research_item (workspace_id, journey_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX research_item_search_idx ON research_item USING gin (search)`);
    await q.query(`
      CREATE TABLE research_file (
        workspace_id uuid NOT NULL,
        item_id uuid NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (workspace_id, item_id),
        FOREIGN KEY (workspace_id, item_id) REFERENCES research_item (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE evidence_citation (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        item_id uuid NOT NULL,
        pain_point_id uuid,
        opportunity_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        CHECK ((pain_point_id IS NULL) <> (opportunity_id IS NULL)),
        FOREIGN KEY (workspace_id, item_id) REFERENCES research_item (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, pain_point_id) REFERENCES pain_point (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, opportunity_id) REFERENCES opportunity (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX evidence_citation_pain_point_key ON evidence_citation (workspace_id, pain_point_id, item_id) WHERE pain_point_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX evidence_citation_opportunity_key ON evidence_citation (workspace_id, opportunity_id, item_id) WHERE opportunity_id IS NOT NULL`);
    await q.query(`CREATE INDEX evidence_citation_item_idx ON evidence_citation (workspace_id, item_id)`);
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
    for (const t of [...TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
  }
}
