import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A named view of a journey map (zoom, density, lanes, filter) saved by one user, optionally shared with the workspace. */
@Entity('journey_view')
export class JourneyViewEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') name!: string;
  @Column('jsonb') settings!: Record<string, unknown>;
  @Column('boolean') shared!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
