import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TOUCHPOINT_FIELDS, type FieldValues, type LaneValues, type PersonaEmotions } from '@opencx/domain';
import { declareEntityColumns } from '../declared-fields';

// The declared fields (name, channel, …, region, owner team, template key) are columns by their
// declaration; the merged interface types them. Only structural columns are written out here.
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
@Entity('touchpoint')
export class TouchpointEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'stage_id' }) stageId!: string;
  @Column('integer') position!: number;
  @Column('integer') version!: number;
  /** Entries in the journey's custom lanes (lane key → text items). */
  @Column('jsonb', { name: 'lane_values' }) laneValues!: LaneValues;
  /** The journey's further personas' designed emotions here (persona id → −3…+3). */
  @Column('jsonb', { name: 'persona_emotions' }) personaEmotions!: PersonaEmotions;
}
export interface TouchpointEntity extends FieldValues<typeof TOUCHPOINT_FIELDS> {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
declareEntityColumns(TouchpointEntity, TOUCHPOINT_FIELDS);
