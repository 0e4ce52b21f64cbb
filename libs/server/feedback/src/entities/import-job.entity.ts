import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ImportJobStatus = 'queued' | 'running' | 'succeeded' | 'failed';
export type ImportMode = 'partial' | 'all_or_nothing';
export type ImportEncoding = 'auto' | 'utf8' | 'gb18030';

/** One rejected CSV row: its line in the file (the header is line 1), the field and why, and its cells. */
export interface ImportRowError {
  line: number;
  field: string;
  reason: string;
  cells: string[];
}

/** A CSV import (DESIGN §2): its options, its progress (also its checkpoint) and its counts. */
@Entity('import_job')
export class ImportJobEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') status!: ImportJobStatus;
  @Column('text') mode!: ImportMode;
  @Column('text') encoding!: ImportEncoding;
  @Column('text', { name: 'detected_encoding', nullable: true }) detectedEncoding!: string | null;
  /** CSV header → field name, for files that do not use our header names. */
  @Column('jsonb') mapping!: Record<string, string>;
  /** The file's header row, as read (for the errors.csv download). */
  @Column('jsonb') headers!: string[];
  @Column('text') source!: string;
  @Column('text', { name: 'file_name', nullable: true }) fileName!: string | null;
  @Column('bigint', { name: 'file_bytes', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) fileBytes!: number;
  @Column('bigint', { name: 'bytes_done', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) bytesDone!: number;
  /** Data rows (after the header) whose outcome has committed: a resumed import skips them. */
  @Column('int', { name: 'lines_done' }) linesDone!: number;
  @Column('int') total!: number;
  @Column('int') accepted!: number;
  @Column('int') duplicate!: number;
  @Column('int') rejected!: number;
  @Column('jsonb') errors!: ImportRowError[];
  @Column('text', { nullable: true }) failure!: string | null;
  @Column('int') attempts!: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}
