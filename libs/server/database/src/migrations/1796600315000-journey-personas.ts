import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15. Several personas on one journey: besides its primary persona (`journey.persona_id`, whose
 * emotions are the touchpoints' own), a journey lists further personas (`journey.persona_ids`, in
 * switcher order) and each touchpoint may hold those personas' designed emotions
 * (`touchpoint.persona_emotions`, persona id → −3…+3). Columns on rows the journey already owns (as
 * custom lanes are), so revisions, restore, duplicate and the template rewrite carry them with the map.
 */
export class JourneyPersonas1796600315000 implements MigrationInterface {
  name = 'JourneyPersonas1796600315000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journey ADD COLUMN persona_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(persona_ids) <= 8)`);
    await q.query(`ALTER TABLE touchpoint ADD COLUMN persona_emotions jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(persona_emotions) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE touchpoint DROP COLUMN persona_emotions`);
    await q.query(`ALTER TABLE journey DROP COLUMN persona_ids`);
  }
}
