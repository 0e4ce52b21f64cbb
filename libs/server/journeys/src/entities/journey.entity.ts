import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CustomLane, JourneyShape, JourneyState, JourneyStatus } from '@opencx/domain';

@Entity('journey')
export class JourneyEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'persona_id', nullable: true }) personaId!: string | null;
  @Column('text') state!: JourneyState;
  @Column('text') shape!: JourneyShape;
  @Column('text') status!: JourneyStatus;
  @Column('uuid', { name: 'owner_team_id', nullable: true }) ownerTeamId!: string | null;
  @Column('text', { name: 'source_plugin_id', nullable: true }) sourcePluginId!: string | null;
  @Column('text', { name: 'template_key', nullable: true }) templateKey!: string | null;
  @Column('text', { name: 'template_version', nullable: true }) templateVersion!: string | null;
  @Column('integer', { name: 'review_cadence_days', nullable: true }) reviewCadenceDays!: number | null;
  @Column('date', { name: 'next_review_at', nullable: true }) nextReviewAt!: string | null;
  @Column('integer') version!: number;
  /** The team's own lanes, in map order (custom-lanes.ts in the domain). */
  @Column('jsonb', { name: 'custom_lanes' }) customLanes!: CustomLane[];
  /** Further personas the map can be viewed by, in switcher order (journey-personas.ts in the domain). */
  @Column('uuid', { name: 'persona_ids', array: true }) personaIds!: string[];
  /** The current-state map this future-state map was made from (duplicate as future state). */
  @Column('uuid', { name: 'current_state_journey_id', nullable: true }) currentStateJourneyId!: string | null;
  @Column('integer') revision!: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
