import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes in the exact keyset order of the paged lists (journeys: updated_at DESC, id; audit events:
 * created_at DESC, id DESC), so any page is an index range scan of `first + 1` entries. The audit
 * index supersedes audit_event_recent_idx, which lacked the tie-breaking id.
 */
export class KeysetPagingIndexes1795830000000 implements MigrationInterface {
  name = 'KeysetPagingIndexes1795830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX journey_keyset_idx ON journey (workspace_id, updated_at DESC, id)`);
    await q.query(`CREATE INDEX audit_event_keyset_idx ON audit_event (workspace_id, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX audit_event_recent_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_event_recent_idx ON audit_event (workspace_id, created_at DESC)`);
    await q.query(`DROP INDEX audit_event_keyset_idx`);
    await q.query(`DROP INDEX journey_keyset_idx`);
  }
}
