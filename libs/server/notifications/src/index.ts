import { NotificationDigestEntity, NotificationEntity, NotificationPreferenceEntity } from './entities/notification.entity';

export * from './entities/notification.entity';
export { Notifier, NOTIFICATION_DIGEST_QUEUE, NOTIFICATION_EMAIL_QUEUE, type NotifyRequest, type NotificationRecipients } from './services/notifier.service';
export { NotificationDelivery } from './services/notification-delivery.service';
export { NOTIFICATION_KINDS, type NotificationKind } from './notification-kind';
export * from './notifications.module';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationPreferenceEntity, NotificationDigestEntity];
