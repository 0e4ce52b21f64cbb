import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A team may name its lead, a member of the workspace: overdue follow-up cases assigned to the team
 * are escalated to them. A lead who leaves the workspace leaves the team without a lead.
 */
export class TeamLead1796600413131 implements MigrationInterface {
  name = 'TeamLead1796600413131';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE team
        ADD COLUMN lead_user_id uuid,
        ADD CONSTRAINT team_lead_member FOREIGN KEY (workspace_id, lead_user_id) REFERENCES membership (workspace_id, user_id) ON DELETE SET NULL (lead_user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE team DROP CONSTRAINT team_lead_member, DROP COLUMN lead_user_id`);
  }
}
