import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consecutive edits of one map by one person within a few minutes form one revision in history.
 * Revisions stay insert-only (every edit keeps its own snapshot, which the stale-edit merge reads
 * as its base): a revision names the first revision of its group, and history lists the last
 * revision of each group.
 */
export class RevisionGroups1796600100000 implements MigrationInterface {
  name = 'RevisionGroups1796600100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journey_revision ADD COLUMN group_start_revision integer CHECK (group_start_revision >= 1 AND group_start_revision < revision)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journey_revision DROP COLUMN group_start_revision`);
  }
}
