import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CommentTargetKind } from '../comment-target';

/** A comment on a card; a root (no parent) starts a thread, replies sit one level below it. */
@Entity('comment')
export class CommentEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'journey_id' }) journeyId!: string;
  @Column('text', { name: 'target_kind' }) targetKind!: CommentTargetKind;
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('text') body!: string;
  /** On the thread's root only. */
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('uuid', { name: 'resolved_by', nullable: true }) resolvedBy!: string | null;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('integer') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A member or team a comment names. */
@Entity('comment_mention')
export class CommentMentionEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'comment_id' }) commentId!: string;
  @Column('text', { name: 'mention_kind' }) mentionKind!: 'user' | 'team';
  @PrimaryColumn('uuid', { name: 'mentioned_id' }) mentionedId!: string;
}
