import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One line of a monthly digest: a journey's metric this month against the month before. */
export interface DigestItem {
  journeyId: string;
  journeyName: string;
  metricKey: string;
  nameEn: string;
  nameZh: string;
  before: { value: number | null; n: number };
  after: { value: number | null; n: number };
  /** This month minus the month before, with its 95 % interval and test; null when either month has too few answers to test. */
  change: { difference: number; low: number; high: number; pValue: number; significant: boolean; method: string } | null;
  /** Improvement actions on the metric completed in the month or the one before (whose effect lands now), or under way. */
  actions: { id: string; title: string; status: string }[];
}

/** A workspace's monthly digest (one per month). */
@Entity('workspace_digest')
export class WorkspaceDigestEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') month!: string;
  @Column('jsonb') items!: DigestItem[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
