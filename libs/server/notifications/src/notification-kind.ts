import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about. `digest` is a preference only (the weekly email), never a notification. */
export const NOTIFICATION_KINDS = ['mention', 'assignment', 'alert', 'review_due'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const PREFERENCE_KINDS = [...NOTIFICATION_KINDS, 'digest'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];

export enum NotificationKindEnum {
  MENTION = 'mention',
  ASSIGNMENT = 'assignment',
  ALERT = 'alert',
  REVIEW_DUE = 'review_due',
  DIGEST = 'digest',
}
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'MENTION (named in a comment, directly or through a team), ASSIGNMENT (a case, improvement action or research step given to you), ALERT (a KPI alert opened, or an overdue follow-up case escalated to you), REVIEW_DUE (a journey review is due); DIGEST is the weekly email preference only.',
});
