import type { Role } from '@opencx/domain';
import { can, type Capability } from './roles';

export type NavKey = 'home' | 'journeys' | 'dashboard' | 'actions' | 'feedback' | 'cases' | 'reviews' | 'settings';

export interface NavItem {
  key: NavKey;
  href: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', href: '/' },
  { key: 'journeys', href: '/journeys' },
  { key: 'dashboard', href: '/dashboard' },
  { key: 'actions', href: '/actions' },
  { key: 'feedback', href: '/feedback' },
  { key: 'cases', href: '/cases' },
  { key: 'reviews', href: '/reviews' },
  { key: 'settings', href: '/settings/members' },
];

/** The navigation entry a pathname belongs to (longest prefix wins; `/` only matches itself). */
export function activeNavKey(pathname: string): NavKey | null {
  if (pathname === '/' || pathname === '') return 'home';
  const section = '/' + (pathname.split('/')[1] ?? '');
  return NAV_ITEMS.find((item) => item.key !== 'home' && '/' + item.href.split('/')[1] === section)?.key ?? null;
}

export type SettingsKey = 'members' | 'teams' | 'plugins' | 'follow-up-rules' | 'calendar' | 'api-tokens' | 'security' | 'system';

export interface SettingsItem {
  key: SettingsKey;
  href: string;
  /** Hidden from roles without this capability. */
  requires?: Capability;
}

export const SETTINGS_ITEMS: readonly SettingsItem[] = [
  { key: 'members', href: '/settings/members' },
  { key: 'teams', href: '/settings/teams' },
  // Everyone sees the installed plugins; only admins switch them.
  { key: 'plugins', href: '/settings/plugins' },
  // The inner loop's rules and the business calendar SLAs count on: everyone reads, admins edit.
  { key: 'follow-up-rules', href: '/settings/follow-up-rules' },
  { key: 'calendar', href: '/settings/calendar' },
  { key: 'api-tokens', href: '/settings/api-tokens', requires: 'manageApiTokens' },
  { key: 'security', href: '/settings/security', requires: 'readSecurityLog' },
  // API and database versions, migrations: operator information, for admins (no longer on the home page).
  { key: 'system', href: '/settings/system', requires: 'viewSystemDetails' },
];

export function visibleSettingsItems(role: Role | null | undefined): SettingsItem[] {
  return SETTINGS_ITEMS.filter((item) => !item.requires || can(role, item.requires));
}

/**
 * Where to go after signing in or up (`?next=`): only a path inside the console, never another
 * origin (`//evil.example`, `/\evil.example`, `https://…`), so the parameter cannot redirect away.
 */
export function safeNextPath(raw: string | string[] | null | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /\s/.test(value) || [...value].some((c) => c.charCodeAt(0) < 0x20)) return null;
  return value;
}
