import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { OpenCxError, pageRequest, toConnection, type Connection, type PagedList, type PageArgs } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { NotificationEntity, NotificationPreferenceEntity } from '../entities/notification.entity';
import { PREFERENCE_KINDS, type NotificationKindEnum, type PreferenceKind } from '../notification-kind';
import type { NotificationModel, NotificationPreferenceModel } from '../models';
import { notificationErrors } from '../notifications.errors';

const INBOX: PagedList<NotificationEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'ASC' },
  ],
  maxFirst: 100,
  defaultFirst: 20,
};

const me = (ctx: WorkspaceContext): string => {
  if (!ctx.actor.userId) throw OpenCxError.forbidden('Notifications belong to a signed-in member');
  return ctx.actor.userId;
};

/** A member's own notifications in the current workspace (the bell) and their preferences. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
  ) {}

  list(ctx: WorkspaceContext, args: PageArgs & { unreadOnly?: boolean }): Promise<Connection<NotificationModel>> {
    const userId = me(ctx);
    const request = pageRequest(INBOX, args);
    return this.db.read(ctx, async (tx) => {
      const found = await tx.findPage(NotificationEntity, { userId, inApp: true, ...(args.unreadOnly ? { readAt: IsNull() } : {}) }, request);
      return toConnection(INBOX, found, await this.models(found.rows));
    });
  }

  unreadCount(ctx: WorkspaceContext): Promise<number> {
    const userId = me(ctx);
    return this.db.read(ctx, (tx) => tx.count(NotificationEntity, { userId, inApp: true, readAt: IsNull() }));
  }

  markRead(ctx: WorkspaceContext, id: string): Promise<NotificationModel> {
    const userId = me(ctx);
    return this.db.write(ctx, async (tx) => {
      // Someone else's notification is as unknown as another workspace's.
      const row = await tx.findOneOrFail(NotificationEntity, { id, userId, inApp: true }, () => notificationErrors.notFound('Notification', id, 'id'), { lock: true });
      const readAt = row.readAt ?? new Date();
      if (!row.readAt) await tx.update(NotificationEntity, { id }, { readAt });
      await this.audit.record(tx, { action: 'notification.read', entityType: 'notification', entityId: id, before: { readAt: row.readAt }, after: { readAt } });
      return (await this.models([{ ...row, readAt }]))[0];
    });
  }

  markAllRead(ctx: WorkspaceContext): Promise<number> {
    const userId = me(ctx);
    return this.db.write(ctx, async (tx) => {
      const rows = await tx.query<{ id: string }>(`UPDATE notification SET read_at = now() WHERE workspace_id = $1 AND user_id = $2 AND in_app AND read_at IS NULL RETURNING id`, [userId]);
      await this.audit.record(tx, { action: 'notification.readAll', entityType: 'notification', entityId: null, after: { userId, marked: rows.length } });
      return rows.length;
    });
  }

  preferences(ctx: WorkspaceContext): Promise<NotificationPreferenceModel[]> {
    const userId = me(ctx);
    return this.db.read(ctx, (tx) => this.preferencesIn(tx, userId));
  }

  updatePreferences(ctx: WorkspaceContext, preferences: readonly { kind: NotificationKindEnum; inApp: boolean; email: boolean }[]): Promise<NotificationPreferenceModel[]> {
    const userId = me(ctx);
    const kinds = preferences.map((p) => p.kind as PreferenceKind);
    if (new Set(kinds).size !== kinds.length) throw OpenCxError.badInput('preferences', 'name each kind at most once');
    return this.db.write(ctx, async (tx) => {
      const before = await this.preferencesIn(tx, userId);
      await tx.query(
        `INSERT INTO notification_preference (workspace_id, user_id, kind, in_app, email, updated_at)
         SELECT $1, $2, p.kind, p.in_app, p.email, now() FROM unnest($3::text[], $4::boolean[], $5::boolean[]) AS p(kind, in_app, email)
         ON CONFLICT (workspace_id, user_id, kind) DO UPDATE SET in_app = excluded.in_app, email = excluded.email, updated_at = excluded.updated_at`,
        [userId, kinds, preferences.map((p) => p.inApp), preferences.map((p) => p.email)],
      );
      const after = await this.preferencesIn(tx, userId);
      await this.audit.record(tx, { action: 'notification.preferences', entityType: 'notification_preference', entityId: userId, before, after });
      return after;
    });
  }

  /** Every kind, the stored choice or the default (both on). */
  private async preferencesIn(tx: TenantTx, userId: string): Promise<NotificationPreferenceModel[]> {
    const stored = new Map((await tx.find(NotificationPreferenceEntity, { userId, kind: In([...PREFERENCE_KINDS]) })).map((p) => [p.kind, p]));
    return PREFERENCE_KINDS.map((kind) => ({ kind: kind as NotificationKindEnum, inApp: stored.get(kind)?.inApp ?? true, email: stored.get(kind)?.email ?? true }));
  }

  private async models(rows: NotificationEntity[]): Promise<NotificationModel[]> {
    const names = await this.identity.displayNames(rows.map((r) => r.actorUserId).filter((id): id is string => !!id));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKindEnum,
      title: r.title,
      body: r.body,
      link: r.link,
      entityType: r.entityType,
      entityId: r.entityId,
      actorUserId: r.actorUserId,
      actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
      readAt: r.readAt,
      createdAt: r.createdAt,
    }));
  }
}
