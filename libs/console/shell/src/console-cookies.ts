import { DEFAULT_LOCALE, LOCALES, type Locale } from '@opencx/domain/locale';

/** UI language; read by apps/console/src/i18n/request.ts on every request. */
export const LOCALE_COOKIE = 'opencx_locale';
/** Selected workspace id; sent to the API as x-workspace-id by the client and the proxy. */
export const WORKSPACE_COOKIE = 'opencx_workspace';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export function resolveLocale(value: string | null | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/**
 * The UI language a browser asks for (`Accept-Language`), used until the person chooses one:
 * the highest-weighted tag we have, by primary language (en-GB → en, zh-TW/zh → zh-CN); else null.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: (tag ?? '').trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.tag && r.tag !== '*' && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const primary = tag.split('-')[0];
    const byLanguage = LOCALES.find((l) => l.toLowerCase().split('-')[0] === primary);
    if (byLanguage) return byLanguage;
  }
  return null;
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
