import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationKind, PreferenceKind } from '../notification-kind';

/** One notification to one person in one workspace; `dedupeKey` makes it once per recipient and cause. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') kind!: NotificationKind;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('text', { nullable: true }) link!: string | null;
  @Column('text', { name: 'entity_type', nullable: true }) entityType!: string | null;
  @Column('uuid', { name: 'entity_id', nullable: true }) entityId!: string | null;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { name: 'dedupe_key' }) dedupeKey!: string;
  /** False when the recipient turned this kind off in the app (the row still carries the email). */
  @Column('boolean', { name: 'in_app' }) inApp!: boolean;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @Column('timestamptz', { name: 'emailed_at', nullable: true }) emailedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A person's choice for one kind; absent means the default (in-app and email on). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('text') kind!: PreferenceKind;
  @Column('boolean', { name: 'in_app' }) inApp!: boolean;
  @Column('boolean') email!: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

/** The weeks whose digest went out to a person (at most one per week, whatever the replicas). */
@Entity('notification_digest')
export class NotificationDigestEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('date', { name: 'week_start' }) weekStart!: string;
  @Column('integer') notifications!: number;
  @Column('timestamptz', { name: 'sent_at' }) sentAt!: Date;
}
