import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SignificanceMethod } from '@opencx/domain';

/** A touchpoint's metric fell below its warning threshold with a significant week-on-week drop (see alert-rule.ts). */
@Entity('kpi_alert')
export class KpiAlertEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('uuid', { name: 'metric_definition_id' }) metricDefinitionId!: string;
  @Column('double precision') value!: number;
  @Column('integer') n!: number;
  @Column('double precision', { nullable: true }) low!: number | null;
  @Column('double precision', { nullable: true }) high!: number | null;
  @Column('double precision', { name: 'warning_threshold' }) warningThreshold!: number;
  @Column('double precision', { nullable: true }) target!: number | null;
  @Column('double precision', { name: 'comparison_value', nullable: true }) comparisonValue!: number | null;
  @Column('integer', { name: 'comparison_n' }) comparisonN!: number;
  @Column('double precision') difference!: number;
  @Column('double precision', { name: 'p_value' }) pValue!: number;
  @Column('text') method!: SignificanceMethod;
  @Column('date', { name: 'window_from' }) windowFrom!: string;
  @Column('date', { name: 'window_to' }) windowTo!: string;
  @Column('date', { name: 'comparison_from' }) comparisonFrom!: string;
  @Column('date', { name: 'comparison_to' }) comparisonTo!: string;
  @Column('timestamptz', { name: 'opened_at' }) openedAt!: Date;
  @Column('double precision', { name: 'latest_value', nullable: true }) latestValue!: number | null;
  @Column('integer', { name: 'latest_n' }) latestN!: number;
  @Column('timestamptz', { name: 'evaluated_at' }) evaluatedAt!: Date;
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true }) acknowledgedAt!: Date | null;
  @Column('uuid', { name: 'acknowledged_by', nullable: true }) acknowledgedBy!: string | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('double precision', { name: 'resolved_value', nullable: true }) resolvedValue!: number | null;
}
