import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { Notifier } from './services/notifier.service';
import { NotificationService } from './services/notification.service';
import { NotificationDelivery } from './services/notification-delivery.service';
import { NotificationResolver } from './resolvers/notification.resolver';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// Other contexts tell people things through the exported `Notifier`, inside their own transaction.
@Module({
  imports: [AuditModule, IdentityModule],
  providers: [Notifier, NotificationService, NotificationDelivery, NotificationResolver],
  exports: [Notifier, NotificationDelivery],
})
export class NotificationsModule {}
