import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('team')
export class TeamEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) description!: string | null;
  /** The member overdue cases of the team are escalated to (none: the case rule's escalation contact). */
  @Column('uuid', { name: 'lead_user_id', nullable: true }) leadUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('team_member')
export class TeamMemberEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'team_id' }) teamId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
}
