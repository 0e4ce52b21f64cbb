// Pure helpers (safe anywhere, including server components and route handlers).
export * from './console-cookies';
export * from './roles';
export * from './navigation';
export * from './errors/form-errors';
export * from './documents/identity.documents';
export * from './documents/system.documents';
export * from './documents/settings.documents';
export * from './documents/notifications.documents';

// Client components and hooks (each file is 'use client').
export * from './context/console-session';
export * from './common/console-ui-provider';
export * from './common/coming-soon';
export * from './errors/use-error-feedback';
export * from './layout/app-shell';
export * from './layout/console-frame';
export * from './layout/public-frame';
export * from './layout/language-switch';
export * from './layout/workspace-switcher';
export * from './layout/user-menu';
export * from './notifications/notification-bell';
export * from './auth/auth-screens';
export * from './home/system-status-card';
export * from './home/home-overview';
export * from './settings/settings-nav';
export * from './settings/settings-screens';
export * from './invitations/invitation-screens';
