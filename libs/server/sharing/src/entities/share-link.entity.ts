import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ShareTarget = 'map' | 'dashboard';

/** A read-only link to one journey's map or dashboard; the secret itself is never stored, only its SHA-256. */
@Entity('share_link')
export class ShareLinkEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('text') target!: ShareTarget;
  @Column('text') label!: string;
  @Column('text', { name: 'secret_hash' }) secretHash!: string;
  @Column('boolean', { name: 'members_only' }) membersOnly!: boolean;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
}
