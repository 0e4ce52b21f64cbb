import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('persona')
export class PersonaEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('text', { array: true }) goals!: string[];
  @Column('text', { array: true }) needs!: string[];
  @Column('text', { array: true }) frustrations!: string[];
  @Column('text', { name: 'segment_key', nullable: true }) segmentKey!: string | null;
  @Column('text', { name: 'source_plugin_id', nullable: true }) sourcePluginId!: string | null;
  @Column('integer') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
