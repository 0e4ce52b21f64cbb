import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JourneyDocument } from '@opencx/domain';

/** The snapshot is a JourneyDocument with ids plus what the journey owns beyond it (services/journey-snapshot.ts). */

@Entity('journey_revision')
export class JourneyRevisionEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'journey_id' }) journeyId!: string;
  @PrimaryColumn('integer') revision!: number;
  @Column('text') action!: string;
  @Column('text') summary!: string;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('jsonb') snapshot!: JourneyDocument;
  /** The first revision of the group this edit joined (null: it starts its own). */
  @Column('integer', { name: 'group_start_revision', nullable: true }) groupStartRevision!: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
