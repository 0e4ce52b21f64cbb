import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A workspace's root-cause code; resolving a case requires one. */
@Entity('root_cause_code')
export class RootCauseCodeEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') label!: string;
  @Column('boolean') archived!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
