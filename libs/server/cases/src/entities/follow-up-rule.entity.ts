import type { FollowUpCondition, SlaBasis } from '@opencx/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A workspace's follow-up rule: when a response opens a case, who gets it and by when. */
@Entity('follow_up_rule')
export class FollowUpRuleEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('boolean') enabled!: boolean;
  @Column('jsonb', { nullable: true }) condition!: FollowUpCondition | null;
  @Column('text', { array: true }) topics!: string[];
  @Column('text', { array: true }) keywords!: string[];
  @Column('uuid', { name: 'journey_id', nullable: true }) journeyId!: string | null;
  @Column('uuid', { name: 'touchpoint_id', nullable: true }) touchpointId!: string | null;
  @Column('integer', { name: 'sla_minutes', nullable: true }) slaMinutes!: number | null;
  @Column('text', { name: 'sla_basis' }) slaBasis!: SlaBasis;
  @Column('uuid', { name: 'assignee_user_id', nullable: true }) assigneeUserId!: string | null;
  @Column('uuid', { name: 'assignee_team_id', nullable: true }) assigneeTeamId!: string | null;
  @Column('uuid', { name: 'escalate_to_user_id', nullable: true }) escalateToUserId!: string | null;
  @Column('integer', { name: 'round_robin_next' }) roundRobinNext!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
