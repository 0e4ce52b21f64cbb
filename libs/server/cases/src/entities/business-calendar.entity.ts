import type { CalendarYear, WorkingHours } from '@opencx/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A workspace's business calendar; absent means the default (Asia/Shanghai, Mon–Fri 09–18, mainland-China holidays). */
@Entity('business_calendar')
export class BusinessCalendarEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('jsonb', { name: 'working_hours' }) workingHours!: WorkingHours[];
  /** Per-year overrides of the default holidays and make-up working days, by year. */
  @Column('jsonb') years!: Record<string, CalendarYear>;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
