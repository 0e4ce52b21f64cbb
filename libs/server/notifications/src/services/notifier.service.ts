import { Injectable } from '@nestjs/common';
import type { Role } from '@opencx/domain';
import { JobQueue, type TenantTx } from '@opencx/server-database';
import { IdentityDirectory, MailService } from '@opencx/server-identity';
import type { NotificationKind } from '../notification-kind';

export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';
export const NOTIFICATION_DIGEST_QUEUE = 'notification-digest';

/** Who hears of it: people, every member of some teams, every member with some roles. */
export interface NotificationRecipients {
  userIds?: readonly (string | null | undefined)[];
  teamIds?: readonly (string | null | undefined)[];
  roles?: readonly Role[];
}

export interface NotifyRequest {
  kind: NotificationKind;
  recipients: NotificationRecipients;
  /** What it is about, plain text (a card's name, a case's subject). */
  title: string;
  body?: string;
  /** Console path that opens it. */
  link?: string | null;
  entityType?: string;
  entityId?: string | null;
  /** One notification per recipient and key (e.g. `comment:<id>`): naming someone twice, or directly and through a team, notifies once. */
  dedupeKey: string;
}

export interface EmailJob {
  workspaceId: string;
  notificationId: string;
}

const EXCERPT = 500;

/**
 * The port other contexts call to tell people something (mentions, assignments, alerts, reviews
 * due), inside their own transaction: the notification exists exactly when the change that caused
 * it commits, and its email is a pg-boss job inserted in the same transaction, so a slow SMTP
 * server never holds up the request. The acting user is never notified of their own doing.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly identity: IdentityDirectory,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
  ) {}

  /** Returns the ids of the people newly notified (already notified for this key: not again). */
  async notify(tx: TenantTx, request: NotifyRequest): Promise<string[]> {
    const { userIds = [], teamIds = [], roles = [] } = request.recipients;
    const people = new Set(userIds.filter((id): id is string => !!id));
    const teams = teamIds.filter((id): id is string => !!id);
    if (teams.length) for (const members of (await this.identity.teamMemberIds(tx, teams)).values()) members.forEach((id) => people.add(id));
    if (roles.length) (await this.identity.membersWithRoles(tx, roles)).forEach((id) => people.add(id));
    if (tx.ctx.actor.userId) people.delete(tx.ctx.actor.userId);
    if (!people.size) return [];

    const ids = [...people];
    const preferences = await tx.query<{ user_id: string; in_app: boolean; email: boolean }>(
      `SELECT user_id, in_app, email FROM notification_preference WHERE workspace_id = $1 AND kind = $2 AND user_id = ANY($3::uuid[])`,
      [request.kind, ids],
    );
    const chosen = new Map(preferences.map((p) => [p.user_id, p]));
    const wanted = ids.map((id) => ({ id, inApp: chosen.get(id)?.in_app ?? true, email: (chosen.get(id)?.email ?? true) && this.mail.configured })).filter((p) => p.inApp || p.email);
    if (!wanted.length) return [];

    const inserted = await tx.query<{ id: string; user_id: string }>(
      `INSERT INTO notification (workspace_id, id, user_id, kind, title, body, link, entity_type, entity_id, actor_user_id, dedupe_key, in_app)
       SELECT $1, gen_random_uuid(), u.user_id, $4, $5, $6, $7, $8, $9, $10, $11, u.in_app
         FROM unnest($2::uuid[], $3::boolean[]) AS u(user_id, in_app)
       ON CONFLICT (workspace_id, user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id`,
      [
        wanted.map((p) => p.id),
        wanted.map((p) => p.inApp),
        request.kind,
        request.title.slice(0, 300),
        (request.body ?? '').slice(0, EXCERPT),
        request.link ?? null,
        request.entityType ?? null,
        request.entityId ?? null,
        tx.ctx.actor.userId,
        request.dedupeKey,
      ],
    );
    const byEmail = new Set(wanted.filter((p) => p.email).map((p) => p.id));
    const emails = inserted.filter((row) => byEmail.has(row.user_id));
    await this.jobs.insertWithin<EmailJob>(
      tx,
      NOTIFICATION_EMAIL_QUEUE,
      emails.map((row) => ({ data: { workspaceId: tx.workspaceId, notificationId: row.id }, startAfter: new Date(), singletonKey: `notification-email:${row.id}` })),
    );
    return inserted.map((row) => row.user_id);
  }
}
