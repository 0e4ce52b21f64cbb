export * from './notifications.args';
export * from './notification-preference.input';
export * from './update-notification-preferences.input';
