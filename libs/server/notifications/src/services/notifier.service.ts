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
    const [notified] = await this.notifyEach(tx, [request]);
    return notified;
  }

  /**
   * `notify` for many requests of one transaction (a sweep escalating a page of cases) in a fixed
   * number of statements, whatever their count; answers each request's people newly notified. A
   * person named by two requests with the same key is notified once, by the first.
   */
  async notifyEach(tx: TenantTx, requests: readonly NotifyRequest[]): Promise<string[][]> {
    const teams = [...new Set(requests.flatMap((r) => (r.recipients.teamIds ?? []).filter((id): id is string => !!id)))];
    const teamMembers = teams.length ? await this.identity.teamMemberIds(tx, teams) : new Map<string, string[]>();
    // Requests naming the same roles share one look-up.
    const roleKeys = requests.map((r) => [...new Set(r.recipients.roles ?? [])].sort().join(','));
    const byRoles = new Map<string, string[]>();
    for (const roles of new Set(roleKeys)) if (roles) byRoles.set(roles, await this.identity.membersWithRoles(tx, roles.split(',')));
    const people = requests.map((r, k) => {
      const { userIds = [], teamIds = [] } = r.recipients;
      const set = new Set(userIds.filter((id): id is string => !!id));
      for (const team of teamIds) if (team) (teamMembers.get(team) ?? []).forEach((id) => set.add(id));
      (byRoles.get(roleKeys[k]) ?? []).forEach((id) => set.add(id));
      if (tx.ctx.actor.userId) set.delete(tx.ctx.actor.userId);
      return [...set];
    });
    const everyone = [...new Set(people.flat())];
    if (!everyone.length) return requests.map(() => []);

    const preferences = await tx.query<{ user_id: string; kind: string; in_app: boolean; email: boolean }>(
      `SELECT user_id, kind, in_app, email FROM notification_preference WHERE workspace_id = $1 AND kind = ANY($2::text[]) AND user_id = ANY($3::uuid[])`,
      [[...new Set(requests.map((r) => r.kind))], everyone],
    );
    const chosen = new Map(preferences.map((p) => [`${p.kind}:${p.user_id}`, p]));
    const wanted: { request: number; userId: string; inApp: boolean; email: boolean }[] = [];
    const named = new Set<string>();
    requests.forEach((r, request) =>
      people[request].forEach((userId) => {
        const pair = `${userId}:${r.dedupeKey}`;
        if (named.has(pair)) return;
        named.add(pair);
        const p = chosen.get(`${r.kind}:${userId}`);
        const choice = { request, userId, inApp: p?.in_app ?? true, email: (p?.email ?? true) && this.mail.configured };
        if (choice.inApp || choice.email) wanted.push(choice);
      }),
    );
    if (!wanted.length) return requests.map(() => []);

    const field = (pick: (r: NotifyRequest) => string | null) => wanted.map((w) => pick(requests[w.request]));
    const inserted = await tx.query<{ id: string; user_id: string; dedupe_key: string }>(
      `INSERT INTO notification (workspace_id, id, user_id, kind, title, body, link, entity_type, entity_id, actor_user_id, dedupe_key, in_app)
       SELECT $1, gen_random_uuid(), u.user_id, u.kind, u.title, u.body, u.link, u.entity_type, u.entity_id, $2::uuid, u.dedupe_key, u.in_app
         FROM unnest($3::uuid[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::text[])
           AS u(user_id, in_app, kind, title, body, link, entity_type, entity_id, dedupe_key)
       ON CONFLICT (workspace_id, user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id, dedupe_key`,
      [
        tx.ctx.actor.userId,
        wanted.map((w) => w.userId),
        wanted.map((w) => w.inApp),
        field((r) => r.kind),
        field((r) => r.title.slice(0, 300)),
        field((r) => (r.body ?? '').slice(0, EXCERPT)),
        field((r) => r.link ?? null),
        field((r) => r.entityType ?? null),
        field((r) => r.entityId ?? null),
        field((r) => r.dedupeKey),
      ],
    );
    const byPair = new Map(wanted.map((w) => [`${w.userId}:${requests[w.request].dedupeKey}`, w]));
    const rows = inserted.map((row) => ({ row, w: byPair.get(`${row.user_id}:${row.dedupe_key}`) as (typeof wanted)[number] }));
    await this.jobs.insertWithin<EmailJob>(
      tx,
      NOTIFICATION_EMAIL_QUEUE,
      rows.filter(({ w }) => w.email).map(({ row }) => ({ data: { workspaceId: tx.workspaceId, notificationId: row.id }, startAfter: new Date(), singletonKey: `notification-email:${row.id}` })),
    );
    const notified: string[][] = requests.map(() => []);
    for (const { w } of rows) notified[w.request].push(w.userId);
    return notified;
  }
}
