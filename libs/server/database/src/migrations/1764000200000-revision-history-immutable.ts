import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Journey revisions are history: besides UPDATE (refused since the journeys migration), a
 * revision can no longer be deleted or truncated on its own. It still goes with its journey —
 * the cascade from deleting the journey (or its workspace) runs after the journey row is gone,
 * and that is the one case the trigger lets through.
 */
export class RevisionHistoryImmutable1764000200000 implements MigrationInterface {
  name = 'RevisionHistoryImmutable1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION journey_revision_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM journey j WHERE j.workspace_id = OLD.workspace_id AND j.id = OLD.journey_id) THEN
          RAISE EXCEPTION 'journey revisions are immutable: they are deleted only with their journey';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER journey_revision_no_delete BEFORE DELETE ON journey_revision FOR EACH ROW EXECUTE FUNCTION journey_revision_no_delete()`);
    await q.query(`CREATE TRIGGER journey_revision_no_truncate BEFORE TRUNCATE ON journey_revision FOR EACH STATEMENT EXECUTE FUNCTION journey_revision_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS journey_revision_no_truncate ON journey_revision`);
    await q.query(`DROP TRIGGER IF EXISTS journey_revision_no_delete ON journey_revision`);
    await q.query(`DROP FUNCTION IF EXISTS journey_revision_no_delete()`);
  }
}
