import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A journey's review that fell due on a day (marked once by the scheduled job); answered by the review that fills `reviewId`. */
@Entity('journey_review_due')
export class JourneyReviewDueEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'journey_id' }) journeyId!: string;
  @PrimaryColumn('date', { name: 'due_on' }) dueOn!: string;
  @Column('timestamptz', { name: 'marked_at' }) markedAt!: Date;
  @Column('uuid', { name: 'review_id', nullable: true }) reviewId!: string | null;
}
