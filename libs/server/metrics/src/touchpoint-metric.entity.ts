import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A metric definition bound to a touchpoint, with an optional per-touchpoint target. */
@Entity('touchpoint_metric')
export class TouchpointMetricEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @PrimaryColumn('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @PrimaryColumn('uuid', { name: 'metric_definition_id' }) metricDefinitionId!: string;
  @Column('numeric', { name: 'target_override', nullable: true, transformer: numeric }) targetOverride!: number | null;
  @Column('integer') position!: number;
}
