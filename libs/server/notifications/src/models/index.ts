export * from './notification.model';
export * from './notification-connection.model';
export * from './notification-preference.model';
export * from './notifications-read.model';
