import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One customer's answer (DESIGN.md §2). Partitioned by month of `occurred_at`; the key includes it. */
@Entity('feedback_response')
export class FeedbackResponseEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @PrimaryColumn('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'site_id', nullable: true }) siteId!: string | null;
  @Column('text', { nullable: true }) channel!: string | null;
  @Column('text') segment!: string;
  /** HMAC-SHA256 of the customer's reference with the workspace's salt; the raw reference is never stored. */
  @Column('text', { name: 'customer_hash', nullable: true }) customerHash!: string | null;
  @Column('smallint', { nullable: true }) nps!: number | null;
  @Column('smallint', { nullable: true }) csat!: number | null;
  @Column('smallint', { nullable: true }) ces!: number | null;
  @Column('jsonb', { name: 'custom_scores' }) customScores!: Record<string, number>;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('text', { nullable: true }) language!: string | null;
  @Column('real', { nullable: true }) sentiment!: number | null;
  @Column('text', { array: true }) tags!: string[];
  /** The comment's keywords (segmented, stop words dropped), each once; empty without a comment. */
  @Column('text', { array: true, default: () => "'{}'" }) keywords!: string[];
  @Column('text') source!: string;
  @Column('text', { name: 'external_id' }) externalId!: string;
  @Column('timestamptz', { name: 'received_at', default: () => 'now()' }) receivedAt!: Date;
}
