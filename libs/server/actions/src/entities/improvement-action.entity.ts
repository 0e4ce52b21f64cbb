import type { ActionPriority, ActionStatus } from '@opencx/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('improvement_action')
export class ImprovementActionEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  /** The touchpoints the action changes (its impact is measured there). */
  @Column('uuid', { name: 'touchpoint_ids', array: true }) touchpointIds!: string[];
  @Column('uuid', { name: 'pain_point_id', nullable: true }) painPointId!: string | null;
  @Column('uuid', { name: 'opportunity_id', nullable: true }) opportunityId!: string | null;
  @Column('uuid', { name: 'owner_user_id', nullable: true }) ownerUserId!: string | null;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId!: string | null;
  @Column('text') priority!: ActionPriority;
  @Column('smallint') effort!: number;
  @Column('date', { name: 'due_date', nullable: true }) dueDate!: string | null;
  @Column('text') status!: ActionStatus;
  @Column('uuid', { name: 'target_metric_id', nullable: true }) targetMetricId!: string | null;
  @Column('numeric', { name: 'expected_change', nullable: true, transformer: numeric }) expectedChange!: number | null;
  /** Chosen by the team; null = the journey's other touchpoints bound to the target metric. */
  @Column('uuid', { name: 'control_touchpoint_ids', array: true, nullable: true }) controlTouchpointIds!: string[] | null;
  @Column('integer', { name: 'window_days' }) windowDays!: number;
  @Column('text', { name: 'drop_reason', nullable: true }) dropReason!: string | null;
  /** The last measured impact (what `verified` rests on). */
  @Column('jsonb', { nullable: true }) impact!: Record<string, unknown> | null;
  @Column('timestamptz', { name: 'impact_measured_at', nullable: true }) impactMeasuredAt!: Date | null;
  @Column('timestamptz', { name: 'planned_at', nullable: true }) plannedAt!: Date | null;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('timestamptz', { name: 'verified_at', nullable: true }) verifiedAt!: Date | null;
  @Column('timestamptz', { name: 'dropped_at', nullable: true }) droppedAt!: Date | null;
  @Column('integer') version!: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('action_comment')
export class ActionCommentEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'action_id' }) actionId!: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('text') body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('pain_point_suggestion_dismissal')
export class PainPointSuggestionDismissalEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('text', { name: 'evidence_key' }) evidenceKey!: string;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('uuid', { name: 'dismissed_by', nullable: true }) dismissedBy!: string | null;
  @CreateDateColumn({ name: 'dismissed_at', type: 'timestamptz' }) dismissedAt!: Date;
}

@Entity('pain_point_evidence')
export class PainPointEvidenceEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'pain_point_id' }) painPointId!: string;
  @PrimaryColumn('uuid', { name: 'response_id' }) responseId!: string;
  @Column('text', { name: 'evidence_key' }) evidenceKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
