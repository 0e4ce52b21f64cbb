import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('stage')
export class StageEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('integer') position!: number;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('integer') version!: number;
}
