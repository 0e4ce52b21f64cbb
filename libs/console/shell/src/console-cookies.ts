import { DEFAULT_LOCALE, LOCALES, type Locale } from '@opencx/domain';

/** UI language; read by apps/console/src/i18n/request.ts on every request. */
export const LOCALE_COOKIE = 'opencx_locale';
/** Selected workspace id; sent to the API as x-workspace-id by the client and the proxy. */
export const WORKSPACE_COOKIE = 'opencx_workspace';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export function resolveLocale(value: string | null | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** Picks the remembered workspace when the user still belongs to it, else the first one. */
export function resolveWorkspace<W extends { id: string }>(workspaces: readonly W[], rememberedId: string | null | undefined): W | null {
  return workspaces.find((w) => w.id === rememberedId) ?? workspaces[0] ?? null;
}

/** Browser-side cookie write (the server reads it on the next request / router.refresh()). */
export function writeClientCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}

/** httpOnly session cookie set by the API (through the console proxy); server components forward it. */
export const SESSION_COOKIE = 'opencx_session';
