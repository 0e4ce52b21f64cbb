import type { NotificationKind } from '../notification-kind';

const zh = (locale: string) => locale.toLowerCase().startsWith('zh');

const SUBJECTS: Record<NotificationKind, { en: string; zh: string }> = {
  mention: { en: 'You were mentioned', zh: '有人在评论中提到了你' },
  assignment: { en: 'Assigned to you', zh: '分配给你的任务' },
  alert: { en: 'KPI alert', zh: 'KPI 预警' },
  review_due: { en: 'Journey review due', zh: '旅程评审到期' },
};

/** The subject line of a notification's email, in the recipient's language. */
export function notificationSubject(kind: NotificationKind, title: string, locale: string): string {
  return `[OpenCX] ${SUBJECTS[kind][zh(locale) ? 'zh' : 'en']}: ${title}`;
}

export function notificationText(body: string, link: string | null, locale: string): string {
  const open = zh(locale) ? '打开' : 'Open';
  return [body, link ? `${open}: ${link}` : ''].filter(Boolean).join('\n\n');
}

/** The weekly digest: unread notifications of the last seven days, counted by kind. */
export function digestMail(counts: ReadonlyMap<NotificationKind, number>, titles: readonly string[], link: string, locale: string): { subject: string; text: string } {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [...counts].map(([kind, n]) => `- ${SUBJECTS[kind][zh(locale) ? 'zh' : 'en']}: ${n}`);
  if (zh(locale)) {
    return { subject: `[OpenCX] 本周摘要：${total} 条未读通知`, text: [`过去 7 天你有 ${total} 条未读通知：`, ...lines, '', ...titles.map((t) => `· ${t}`), '', `查看：${link}`].join('\n') };
  }
  return { subject: `[OpenCX] Your weekly digest: ${total} unread`, text: [`You have ${total} unread notifications from the last 7 days:`, ...lines, '', ...titles.map((t) => `· ${t}`), '', `Open: ${link}`].join('\n') };
}

/** Monday (UTC) of the week `now` falls in, as YYYY-MM-DD: the digest's idempotency key. */
export function weekStart(now: Date): string {
  const day = (now.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day)).toISOString().slice(0, 10);
}
