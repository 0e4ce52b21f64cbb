import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SECURITY_EVENT_KINDS = [
  'sign_up',
  'sign_up_existing_email',
  'login_succeeded',
  'login_failed',
  'login_rate_limited',
  'logout',
  'session_revoked',
  'invitation_accepted',
  'api_token_new_ip',
  'role_changed',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** Global: an account's events span workspaces; events about one workspace carry `detail.workspaceId`. */
@Entity('security_event')
export class SecurityEventEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('text') kind!: SecurityEventKind;
  @Column('timestamptz') at!: Date;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
  @Column('jsonb') detail!: Record<string, unknown>;
}
