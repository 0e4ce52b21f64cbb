import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Where a service was delivered (小区/community, store, branch); feedback and KPIs can be cut by it. */
@Entity('site')
export class SiteEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) region!: string | null;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
