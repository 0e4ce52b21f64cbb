import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CASE_STATUSES = ['open', 'contacted', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type SubjectKind = 'response' | 'observation';

/** One follow-up case (回访): opened by a rule for one response or observation, worked to resolution within its SLA. */
@Entity('follow_up_case')
export class FollowUpCaseEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'subject_kind' }) subjectKind!: SubjectKind;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('text', { name: 'rule_key' }) ruleKey!: string;
  @Column('uuid', { name: 'rule_id', nullable: true }) ruleId!: string | null;
  @Column('text', { name: 'rule_name' }) ruleName!: string;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'site_id', nullable: true }) siteId!: string | null;
  @Column('text', { name: 'customer_hash', nullable: true }) customerHash!: string | null;
  @Column('smallint', { nullable: true }) nps!: number | null;
  @Column('smallint', { nullable: true }) csat!: number | null;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('timestamptz', { name: 'opened_at' }) openedAt!: Date;
  @Column('integer', { name: 'sla_minutes' }) slaMinutes!: number;
  @Column('text', { name: 'sla_basis' }) slaBasis!: 'elapsed' | 'business';
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('text') status!: CaseStatus;
  @Column('uuid', { name: 'assignee_user_id', nullable: true }) assigneeUserId!: string | null;
  @Column('uuid', { name: 'assignee_team_id', nullable: true }) assigneeTeamId!: string | null;
  @Column('uuid', { name: 'escalate_to_user_id', nullable: true }) escalateToUserId!: string | null;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('uuid', { name: 'root_cause_code_id', nullable: true }) rootCauseCodeId!: string | null;
  @Column('timestamptz', { name: 'first_contacted_at', nullable: true }) firstContactedAt!: Date | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'breached_at', nullable: true }) breachedAt!: Date | null;
  @Column('timestamptz', { name: 'escalated_at', nullable: true }) escalatedAt!: Date | null;
  @Column('uuid', { name: 'resurvey_link_id', nullable: true }) resurveyLinkId!: string | null;
  @Column('uuid', { name: 'resurvey_response_id', nullable: true }) resurveyResponseId!: string | null;
  @Column('smallint', { name: 'resurvey_nps', nullable: true }) resurveyNps!: number | null;
  @Column('smallint', { name: 'resurvey_csat', nullable: true }) resurveyCsat!: number | null;
  @Column('timestamptz', { name: 'resurvey_answered_at', nullable: true }) resurveyAnsweredAt!: Date | null;
  /** Whether the re-survey answer recovered the customer (caseRecovered); null while unanswered or when the case does not count. */
  @Column('boolean', { nullable: true }) recovered!: boolean | null;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
