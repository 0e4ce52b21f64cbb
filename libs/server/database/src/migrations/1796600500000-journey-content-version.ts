import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows make up a journey's map below the journey row itself (each has journey_id). */
const MAP_TABLES = ['stage', 'touchpoint', 'pain_point', 'opportunity', 'touchpoint_metric'] as const;

/**
 * `journey.content_version` counts every change to a map's rows below the journey row: statement-level
 * triggers on stages, touchpoints, pain points, opportunities and metric bindings bump it in the
 * writing transaction, whoever writes (the map editor, restores, imports, duplicates, another
 * context, a cascade). Cached map answers are keyed by it (with a digest of the journey row itself,
 * its personas and the bound metric definitions), so no write path can forget to invalidate them.
 * The triggers run as the writer, under its workspace's row-level security.
 */
export class JourneyContentVersion1796600500000 implements MigrationInterface {
  name = 'JourneyContentVersion1796600500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journey ADD COLUMN content_version bigint NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION journey_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE journey j SET content_version = j.content_version + 1
            FROM (SELECT DISTINCT workspace_id, journey_id FROM changed_new) c WHERE j.workspace_id = c.workspace_id AND j.id = c.journey_id;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE journey j SET content_version = j.content_version + 1
            FROM (SELECT DISTINCT workspace_id, journey_id FROM changed_old) c WHERE j.workspace_id = c.workspace_id AND j.id = c.journey_id;
        ELSE
          UPDATE journey j SET content_version = j.content_version + 1
            FROM (SELECT workspace_id, journey_id FROM changed_new UNION SELECT workspace_id, journey_id FROM changed_old) c
           WHERE j.workspace_id = c.workspace_id AND j.id = c.journey_id;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of MAP_TABLES) {
      await q.query(`CREATE TRIGGER ${table}_content_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION journey_content_changed()`);
      await q.query(`CREATE TRIGGER ${table}_content_updated AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION journey_content_changed()`);
      await q.query(`CREATE TRIGGER ${table}_content_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION journey_content_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of MAP_TABLES) {
      for (const event of ['inserted', 'updated', 'deleted']) await q.query(`DROP TRIGGER IF EXISTS ${table}_content_${event} ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS journey_content_changed()`);
    await q.query(`ALTER TABLE journey DROP COLUMN content_version`);
  }
}
