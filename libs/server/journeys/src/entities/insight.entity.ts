import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PainPointSource } from '@opencx/domain';

@Entity('pain_point')
export class PainPointEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('smallint') severity!: number;
  @Column('text') source!: PainPointSource;
  @Column('integer', { name: 'evidence_count' }) evidenceCount!: number;
  @Column('integer') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('opportunity')
export class OpportunityEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('uuid', { name: 'pain_point_id', nullable: true }) painPointId!: string | null;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('integer') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
