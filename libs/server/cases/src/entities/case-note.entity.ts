import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type CaseNoteKind = 'note' | 'contact_attempt' | 'system';

/** A note on a case: a team member's note, a contact attempt (channel, reached or not), or a system event (breach, escalation). */
@Entity('case_note')
export class CaseNoteEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') kind!: CaseNoteKind;
  @Column('text') body!: string;
  @Column('text', { nullable: true }) channel!: string | null;
  @Column('boolean', { nullable: true }) reached!: boolean | null;
  @Column('uuid', { name: 'author_user_id', nullable: true }) authorUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
