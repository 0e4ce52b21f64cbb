import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { OpenCxError, pageRequest, toConnection, type Connection, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { TouchpointDirectory } from '@opencx/server-journeys';
import { ImprovementActionService } from '@opencx/server-actions';
import { Notifier } from '@opencx/server-notifications';
import { CommentTargetKind } from '../comment-target';
import { mayChange } from '../comment-rules';
import { commentErrors } from '../comments.errors';
import { CommentEntity, CommentMentionEntity } from '../entities/comment.entity';
import type { AddCommentInput, CommentThreadsArgs, UpdateCommentInput } from '../inputs';
import type { CommentCountModel, CommentModel, CommentThreadModel } from '../models';

const THREADS: PagedList<CommentEntity> = {
  keys: [
    { property: 'createdAt', direction: 'ASC' },
    { property: 'id', direction: 'ASC' },
  ],
  maxFirst: 100,
  defaultFirst: 20,
};

interface Mentions {
  userIds: string[];
  teamIds: string[];
}

/**
 * Threaded comments on the cards of a journey map, with @mentions of members and teams. The card is
 * checked through the journeys and actions contexts' services; mentions through identity's; mentioned
 * people are told through the notifications context's `Notifier` in the same transaction (once per
 * comment, however they were named). Every change is audited with its before and after.
 */
@Injectable()
export class CommentService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
    private readonly cards: TouchpointDirectory,
    private readonly actions: ImprovementActionService,
    private readonly notifier: Notifier,
  ) {}

  threads(ctx: WorkspaceContext, args: CommentThreadsArgs): Promise<Connection<CommentThreadModel>> {
    if (!!args.targetKind !== !!args.targetId) throw OpenCxError.badInput(args.targetKind ? 'targetId' : 'targetKind', 'give the card kind and id together');
    const request = pageRequest(THREADS, args);
    return this.db.read(ctx, async (tx) => {
      const where = {
        journeyId: args.journeyId,
        parentId: IsNull(),
        ...(args.targetKind ? { targetKind: args.targetKind, targetId: args.targetId } : {}),
        ...(args.resolved === undefined || args.resolved === null ? {} : { resolvedAt: args.resolved ? Not(IsNull()) : IsNull() }),
      };
      const page = await tx.findPage(CommentEntity, where, request);
      const replies = page.rows.length ? await tx.find(CommentEntity, { parentId: In(page.rows.map((r) => r.id)) }, { order: { createdAt: 'ASC', id: 'ASC' } }) : [];
      const models = new Map((await this.models(tx, [...page.rows, ...replies])).map((m) => [m.id, m]));
      return toConnection(
        THREADS,
        page,
        page.rows.map((root) => ({
          id: root.id,
          root: models.get(root.id) as CommentModel,
          replies: replies.filter((r) => r.parentId === root.id).map((r) => models.get(r.id) as CommentModel),
          resolved: !!root.resolvedAt,
          resolvedAt: root.resolvedAt,
          resolvedBy: root.resolvedBy,
        })),
      );
    });
  }

  /** Comments and open threads per card of a journey: one statement. */
  counts(ctx: WorkspaceContext, journeyId: string): Promise<CommentCountModel[]> {
    return this.db.read(ctx, async (tx) => {
      const rows = await tx.query<{ target_kind: CommentTargetKind; target_id: string; comments: number; open_threads: number }>(
        `SELECT target_kind, target_id, count(*)::int AS comments,
                count(*) FILTER (WHERE parent_id IS NULL AND resolved_at IS NULL)::int AS open_threads
           FROM comment WHERE workspace_id = $1 AND journey_id = $2
          GROUP BY target_kind, target_id ORDER BY target_kind, target_id`,
        [journeyId],
      );
      return rows.map((r) => ({ targetKind: r.target_kind, targetId: r.target_id, comments: r.comments, openThreads: r.open_threads }));
    });
  }

  add(ctx: WorkspaceContext, input: AddCommentInput): Promise<CommentModel> {
    const body = input.body.trim();
    if (!body) throw OpenCxError.badInput('body', 'must not be blank');
    return this.db.write(ctx, async (tx) => {
      let target = { kind: input.targetKind, id: input.targetId };
      let rootId: string;
      if (input.parentId) {
        const parent = await tx.findOneOrFail(CommentEntity, { id: input.parentId, journeyId: input.journeyId }, () => commentErrors.notFound('Comment', input.parentId, 'parentId'));
        if (parent.parentId) throw OpenCxError.badInput('parentId', 'reply to the thread’s first comment (replies are one level deep)');
        if (parent.targetKind !== input.targetKind || parent.targetId !== input.targetId) throw OpenCxError.badInput('parentId', 'is a thread on another card');
        target = { kind: parent.targetKind, id: parent.targetId };
        rootId = parent.id;
      }
      const cardName = await this.cardName(tx, input.journeyId, target.kind, target.id);
      const mentions = await this.checkMentions(tx, { userIds: input.mentionUserIds ?? [], teamIds: input.mentionTeamIds ?? [] });
      const row = await tx.insert(CommentEntity, {
        journeyId: input.journeyId,
        targetKind: target.kind,
        targetId: target.id,
        parentId: input.parentId ?? null,
        authorId: ctx.actor.userId,
        body,
        resolvedAt: null,
        resolvedBy: null,
        editedAt: null,
        version: 1,
      });
      rootId ??= row.id;
      await this.saveMentions(tx, row.id, mentions);
      await this.audit.record(tx, { action: 'comment.create', entityType: 'comment', entityId: row.id, after: { ...row, mentions } });
      await this.notifyMentions(tx, row, rootId, cardName, mentions);
      return (await this.models(tx, [row]))[0];
    });
  }

  update(ctx: WorkspaceContext, input: UpdateCommentInput): Promise<CommentModel> {
    const body = input.body.trim();
    if (!body) throw OpenCxError.badInput('body', 'must not be blank');
    return this.db.write(ctx, async (tx) => {
      const before = await this.find(tx, input.id);
      if (!mayChange(ctx.role, !!ctx.actor.userId && before.authorId === ctx.actor.userId, 'edit')) throw OpenCxError.forbidden('Only its author may edit a comment');
      if (before.version !== input.version) {
        throw commentErrors.conflict('Comment', `The comment was changed by someone else (version ${before.version}, you sent ${input.version}); reload it`, { field: 'version', reason: 'stale' });
      }
      const beforeMentions = await this.mentionsOf(tx, [before.id]);
      const mentions =
        input.mentionUserIds || input.mentionTeamIds
          ? await this.checkMentions(tx, { userIds: input.mentionUserIds ?? [], teamIds: input.mentionTeamIds ?? [] })
          : (beforeMentions.get(before.id) ?? { userIds: [], teamIds: [] });
      const patch = { body, editedAt: new Date(), version: before.version + 1 };
      await tx.update(CommentEntity, { id: before.id }, patch);
      await tx.delete(CommentMentionEntity, { commentId: before.id });
      await this.saveMentions(tx, before.id, mentions);
      const after = { ...before, ...patch };
      await this.audit.record(tx, {
        action: 'comment.update',
        entityType: 'comment',
        entityId: before.id,
        before: { body: before.body, version: before.version, mentions: beforeMentions.get(before.id) ?? { userIds: [], teamIds: [] } },
        after: { body, version: after.version, mentions },
      });
      // Someone newly named hears of it; those named before were told already (same dedupe key).
      await this.notifyMentions(tx, after, after.parentId ?? after.id, await this.cardName(tx, after.journeyId, after.targetKind, after.targetId), mentions);
      return (await this.models(tx, [after]))[0];
    });
  }

  remove(ctx: WorkspaceContext, id: string): Promise<CommentModel> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.find(tx, id);
      if (!mayChange(ctx.role, !!ctx.actor.userId && before.authorId === ctx.actor.userId, 'delete')) throw OpenCxError.forbidden('Only its author or an admin may delete a comment');
      const [model] = await this.models(tx, [before]);
      const replies = before.parentId ? 0 : await tx.count(CommentEntity, { parentId: before.id });
      await tx.delete(CommentEntity, { id: before.id });
      await this.audit.record(tx, { action: 'comment.delete', entityType: 'comment', entityId: before.id, before: { ...before, mentionedUserIds: model.mentionedUserIds, mentionedTeamIds: model.mentionedTeamIds, replies } });
      return model;
    });
  }

  /** Resolves (or reopens) the thread the comment belongs to. */
  setResolved(ctx: WorkspaceContext, id: string, resolved: boolean): Promise<CommentThreadModel> {
    return this.db.write(ctx, async (tx) => {
      const comment = await this.find(tx, id, true);
      const root = comment.parentId ? await this.find(tx, comment.parentId, true) : comment;
      const patch = resolved ? { resolvedAt: root.resolvedAt ?? new Date(), resolvedBy: root.resolvedBy ?? ctx.actor.userId } : { resolvedAt: null, resolvedBy: null };
      await tx.update(CommentEntity, { id: root.id }, patch);
      await this.audit.record(tx, {
        action: resolved ? 'comment.resolve' : 'comment.reopen',
        entityType: 'comment',
        entityId: root.id,
        before: { resolvedAt: root.resolvedAt, resolvedBy: root.resolvedBy },
        after: patch,
      });
      const replies = await tx.find(CommentEntity, { parentId: root.id }, { order: { createdAt: 'ASC', id: 'ASC' } });
      const models = await this.models(tx, [{ ...root, ...patch }, ...replies]);
      return { id: root.id, root: models[0], replies: models.slice(1), resolved, resolvedAt: patch.resolvedAt, resolvedBy: patch.resolvedBy };
    });
  }

  private find(tx: TenantTx, id: string, lock = false): Promise<CommentEntity> {
    return tx.findOneOrFail(CommentEntity, { id }, () => commentErrors.notFound('Comment', id, 'id'), { lock });
  }

  /** The card's name, after checking it is a card of this kind on this journey. */
  private async cardName(tx: TenantTx, journeyId: string, kind: CommentTargetKind, id: string): Promise<string> {
    if (kind === CommentTargetKind.ACTION) {
      const [action] = await this.actions.byIds(tx, [id]);
      if (action?.journeyId === journeyId) return action.title;
    } else {
      const card = (await this.cards.cards(tx, kind, [id])).get(id);
      if (card?.journeyId === journeyId) return card.name;
    }
    throw commentErrors.notFound('Card', id, 'targetId');
  }

  private async checkMentions(tx: TenantTx, mentions: Mentions): Promise<Mentions> {
    const clean = { userIds: [...new Set(mentions.userIds)], teamIds: [...new Set(mentions.teamIds)] };
    await this.identity.assertMembers(tx, clean.userIds, 'mentionUserIds');
    await this.identity.assertTeams(tx, clean.teamIds, 'mentionTeamIds');
    return clean;
  }

  private async saveMentions(tx: TenantTx, commentId: string, mentions: Mentions): Promise<void> {
    const kinds = [...mentions.userIds.map(() => 'user'), ...mentions.teamIds.map(() => 'team')];
    if (!kinds.length) return;
    await tx.query(
      `INSERT INTO comment_mention (workspace_id, comment_id, mention_kind, mentioned_id)
       SELECT $1, $2, m.kind, m.id FROM unnest($3::text[], $4::uuid[]) AS m(kind, id)`,
      [commentId, kinds, [...mentions.userIds, ...mentions.teamIds]],
    );
  }

  private notifyMentions(tx: TenantTx, comment: CommentEntity, rootId: string, cardName: string, mentions: Mentions): Promise<string[]> {
    if (!mentions.userIds.length && !mentions.teamIds.length) return Promise.resolve([]);
    return this.notifier.notify(tx, {
      kind: 'mention',
      recipients: { userIds: mentions.userIds, teamIds: mentions.teamIds },
      title: cardName,
      body: comment.body,
      link: `/journeys/${comment.journeyId}?thread=${rootId}&card=${comment.targetKind}:${comment.targetId}`,
      entityType: 'comment',
      entityId: comment.id,
      dedupeKey: `comment:${comment.id}`,
    });
  }

  private async mentionsOf(tx: TenantTx, commentIds: readonly string[]): Promise<Map<string, Mentions>> {
    const out = new Map<string, Mentions>();
    if (!commentIds.length) return out;
    for (const m of await tx.find(CommentMentionEntity, { commentId: In([...commentIds]) })) {
      const entry = out.get(m.commentId) ?? { userIds: [], teamIds: [] };
      (m.mentionKind === 'user' ? entry.userIds : entry.teamIds).push(m.mentionedId);
      out.set(m.commentId, entry);
    }
    return out;
  }

  private async models(tx: TenantTx, rows: readonly CommentEntity[]): Promise<CommentModel[]> {
    const [mentions, names] = [await this.mentionsOf(tx, rows.map((r) => r.id)), await this.identity.displayNames(rows.map((r) => r.authorId).filter((id): id is string => !!id))];
    return rows.map((r) => ({
      id: r.id,
      journeyId: r.journeyId,
      targetKind: r.targetKind,
      targetId: r.targetId,
      parentId: r.parentId,
      authorId: r.authorId,
      authorName: r.authorId ? (names.get(r.authorId) ?? null) : null,
      body: r.body,
      mentionedUserIds: mentions.get(r.id)?.userIds ?? [],
      mentionedTeamIds: mentions.get(r.id)?.teamIds ?? [],
      editedAt: r.editedAt,
      version: r.version,
      createdAt: r.createdAt,
    }));
  }
}
