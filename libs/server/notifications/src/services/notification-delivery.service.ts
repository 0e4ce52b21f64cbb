import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory, MailService, WorkspaceService } from '@opencx/server-identity';
import { NotificationEntity } from '../entities/notification.entity';
import type { NotificationKind } from '../notification-kind';
import { digestMail, notificationSubject, notificationText, weekStart } from './notification-mail';
import { NOTIFICATION_DIGEST_QUEUE, NOTIFICATION_EMAIL_QUEUE, type EmailJob } from './notifier.service';

const DIGEST_EVERY_MS = 3600_000;
const system = (workspaceId: string): WorkspaceContext => ({ workspaceId, role: 'editor', actor: { userId: null, tokenId: null } });

/**
 * Email for notifications, always from pg-boss jobs (never inside a request): one job per notification
 * (marked `emailed_at` once handed to SMTP, so a retried job does not send twice), and the weekly
 * personal digest, scheduled hourly with `sendThrottled` like the KPI alerts and sent at most once per
 * person and week (a `notification_digest` row claimed in the transaction that sends it).
 */
@Injectable()
export class NotificationDelivery implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly identity: IdentityDirectory,
    private readonly workspaces: WorkspaceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.connected) return;
    await this.queue.work<EmailJob>(NOTIFICATION_EMAIL_QUEUE, (job) => this.sendEmail(job));
    await this.queue.work(NOTIFICATION_DIGEST_QUEUE, async () => void (await this.sendDigests()));
    this.queue.every(NOTIFICATION_DIGEST_QUEUE, DIGEST_EVERY_MS);
  }

  /** The email job: sends one notification unless it was sent already; a refused send throws (pg-boss retries). */
  async sendEmail({ workspaceId, notificationId }: EmailJob): Promise<void> {
    const ctx = system(workspaceId);
    const row = await this.db.read(ctx, (tx) => tx.findOne(NotificationEntity, { id: notificationId }));
    if (!row || row.emailedAt || !this.mail.configured) return;
    const contact = (await this.identity.contacts([row.userId])).get(row.userId);
    if (!contact) return;
    const sent = await this.mail.send({
      to: contact.email,
      subject: notificationSubject(row.kind, row.title, contact.locale),
      text: notificationText(row.body, row.link ? this.mail.link(row.link) : null, contact.locale),
    });
    if (!sent) throw new Error(`notification ${notificationId}: the SMTP server did not take the message`);
    await this.db.write(ctx, (tx) => tx.update(NotificationEntity, { id: notificationId }, { emailedAt: new Date() }));
  }

  /** The digest job: every workspace in turn; returns how many digests went out. */
  async sendDigests(now = new Date()): Promise<number> {
    if (!this.mail.configured) return 0;
    let sent = 0;
    for (const workspaceId of await this.workspaces.allIds()) {
      sent += await this.digestsOf(workspaceId, now).catch((error: Error) => {
        this.logger.error(`digest of workspace ${workspaceId}: ${error.message}`);
        return 0;
      });
    }
    return sent;
  }

  private async digestsOf(workspaceId: string, now: Date): Promise<number> {
    const since = new Date(now.getTime() - 7 * 86_400_000);
    const rows = await this.db.read(system(workspaceId), (tx) =>
      tx.query<{ user_id: string; kind: NotificationKind; n: number; titles: string[] }>(
        `SELECT n.user_id, n.kind, count(*)::int AS n, (array_agg(n.title ORDER BY n.created_at DESC))[1:5] AS titles
           FROM notification n
           LEFT JOIN notification_preference p ON p.workspace_id = n.workspace_id AND p.user_id = n.user_id AND p.kind = 'digest'
          WHERE n.workspace_id = $1 AND n.in_app AND n.read_at IS NULL AND n.created_at > $2 AND coalesce(p.email, true)
          GROUP BY n.user_id, n.kind`,
        [since],
      ),
    );
    const people = new Map<string, { counts: Map<NotificationKind, number>; titles: string[] }>();
    for (const r of rows) {
      const person = people.get(r.user_id) ?? { counts: new Map<NotificationKind, number>(), titles: [] as string[] };
      person.counts.set(r.kind, r.n);
      person.titles.push(...r.titles);
      people.set(r.user_id, person);
    }
    const contacts = await this.identity.contacts([...people.keys()]);
    const week = weekStart(now);
    let sent = 0;
    for (const [userId, person] of people) {
      const contact = contacts.get(userId);
      if (!contact) continue;
      const total = [...person.counts.values()].reduce((a, b) => a + b, 0);
      await this.db.write(system(workspaceId), async (tx) => {
        // Claim the week first; a failed send rolls the claim back, so the next run tries again.
        const claimed = await tx.query<{ user_id: string }>(
          `INSERT INTO notification_digest (workspace_id, user_id, week_start, notifications) VALUES ($1, $2, $3::date, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
          [userId, week, total],
        );
        if (!claimed.length) return;
        const message = digestMail(person.counts, person.titles.slice(0, 10), this.mail.link('/notifications'), contact.locale);
        if (!(await this.mail.send({ to: contact.email, ...message }))) throw new Error(`digest to ${userId}: the SMTP server did not take the message`);
        sent++;
      });
    }
    return sent;
  }
}
