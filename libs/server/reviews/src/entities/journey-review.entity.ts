import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One KPI of a review's snapshot: the figure over the review period, as the dashboard showed it. */
export interface ReviewKpi {
  key: string;
  nameEn: string;
  nameZh: string;
  kind: string;
  value: number | null;
  n: number;
  low: number | null;
  high: number | null;
  target: number | null;
  status: string;
  lowSample: boolean;
}

/** An improvement action of the journey as it stood at the review. */
export interface ReviewAction {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  overdue: boolean;
}

/** A held journey review: its period, the KPI snapshot and the actions' status then, and the decisions taken. */
@Entity('journey_review')
export class JourneyReviewEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('date', { name: 'period_from' }) periodFrom!: string;
  @Column('date', { name: 'period_to' }) periodTo!: string;
  @Column('jsonb') kpis!: ReviewKpi[];
  @Column('jsonb') actions!: ReviewAction[];
  @Column('jsonb') decisions!: string[];
  @Column('text') notes!: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
