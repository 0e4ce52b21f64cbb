import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15. Several personas on one journey: besides its primary persona (`journey.persona_id`, whose
 * emotions are the touchpoints' own), a journey lists further personas (`journey.persona_ids`, in
 * switcher order) and each touchpoint may hold those personas' designed emotions
 * (`touchpoint.persona_emotions`, persona id → −3…+3). Columns on rows the journey already owns (as
 * custom lanes are), so revisions, restore, duplicate and the template rewrite carry them with the map.
 * Future state: a future-state map made from a current-state one names it (\`journey.current_state_journey_id\`),
 * so the two can be shown side by side (checked by the journeys service: journeys are archived, never deleted).
 */
export class JourneyPersonas1796600315000 implements MigrationInterface {
  name = 'JourneyPersonas1796600315000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journey ADD COLUMN persona_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(persona_ids) <= 8)`);
    await q.query(`ALTER TABLE journey ADD COLUMN current_state_journey_id uuid CHECK (current_state_journey_id IS DISTINCT FROM id)`);
    await q.query(`CREATE INDEX journey_current_state ON journey (workspace_id, current_state_journey_id) WHERE current_state_journey_id IS NOT NULL`);
    await q.query(`ALTER TABLE touchpoint ADD COLUMN persona_emotions jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(persona_emotions) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE touchpoint DROP COLUMN persona_emotions`);
    await q.query(`ALTER TABLE journey DROP COLUMN persona_ids`);
    await q.query(`ALTER TABLE journey DROP COLUMN current_state_journey_id`);
  }
}
