import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MetricDirection, MetricKind } from '@opencx/domain';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('metric_definition')
export class MetricDefinitionEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') key!: string;
  @Column('text') kind!: MetricKind;
  @Column('text', { name: 'name_en' }) nameEn!: string;
  @Column('text', { name: 'name_zh' }) nameZh!: string;
  @Column('text', { nullable: true }) unit!: string | null;
  @Column('numeric', { name: 'scale_min', transformer: numeric }) scaleMin!: number;
  @Column('numeric', { name: 'scale_max', transformer: numeric }) scaleMax!: number;
  @Column('text') direction!: MetricDirection;
  @Column('text') formula!: string;
  @Column('numeric', { nullable: true, transformer: numeric }) target!: number | null;
  @Column('numeric', { name: 'warning_threshold', nullable: true, transformer: numeric }) warningThreshold!: number | null;
  @Column('text', { name: 'source_plugin_id', nullable: true }) sourcePluginId!: string | null;
  @Column('text', { name: 'source_version', nullable: true }) sourceVersion!: string | null;
  @Column('integer') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
