import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A public survey link for one touchpoint (and optionally one site).
 *
 * The secret is stored as is, not hashed (unlike sessions, API tokens and invitations): a
 * collection link is printed on posters and receipts and must be shown, copied and turned into a QR
 * code again whenever a team member opens the list. What it grants is the right to submit one
 * survey answer at a time (rate limited), which anyone holding the poster has anyway, and it is
 * revoked in one click. The row is still under row-level security like any tenant row.
 */
@Entity('collection_link')
export class CollectionLinkEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'touchpoint_id' }) touchpointId!: string;
  @Column('uuid', { name: 'site_id', nullable: true }) siteId!: string | null;
  /** Set on a follow-up case's re-survey link (one per case); such links stay out of the links list. */
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text') secret!: string;
  @Column('text') label!: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('integer', { name: 'response_count' }) responseCount!: number;
  @Column('timestamptz', { name: 'last_response_at', nullable: true }) lastResponseAt!: Date | null;
}
