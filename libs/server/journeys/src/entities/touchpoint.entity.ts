import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, StageLayer } from '@opencx/domain';

@Entity('touchpoint')
export class TouchpointEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'stage_id' }) stageId!: string;
  @Column('integer') position!: number;
  @Column('text') name!: string;
  @Column('text') channel!: Channel;
  @Column('text', { name: 'customer_action' }) customerAction!: string;
  @Column('text', { name: 'customer_thought' }) customerThought!: string;
  @Column('text') expectation!: string;
  @Column('smallint') emotion!: number;
  @Column('boolean', { name: 'moment_of_truth' }) momentOfTruth!: boolean;
  @Column('text') layer!: StageLayer;
  @Column('uuid', { name: 'owner_team_id', nullable: true }) ownerTeamId!: string | null;
  @Column('integer', { name: 'sla_minutes', nullable: true }) slaMinutes!: number | null;
  @Column('text', { nullable: true }) device!: string | null;
  @Column('text', { nullable: true }) region!: string | null;
  @Column('text', { name: 'template_key', nullable: true }) templateKey!: string | null;
  @Column('integer') version!: number;
}
