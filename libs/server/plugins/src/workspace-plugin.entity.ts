import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('workspace_plugin')
export class WorkspacePluginEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('text', { name: 'plugin_id' }) pluginId!: string;
  @Column('boolean') enabled!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
