'use client';

import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import { GqlFeedbackProvider } from '../errors/gql-feedback-provider';
import { ConsoleApp } from './console-app';
import { CONSOLE_THEME_TOKENS } from './theme-tokens';

/** The console's font stack (Latin first, then CJK): see font-family.ts. */
export { CONSOLE_FONT_FAMILY } from './font-family';

export { CONSOLE_THEME_TOKENS } from './theme-tokens';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const watchReducedMotion = (changed: () => void) => {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
};

/** Whether the person asked their system for reduced motion (false on the server: the first render animates as usual). */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    watchReducedMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

/**
 * Ant Design configured for the UI language, plus message/modal/notification (App.useApp()) and the
 * GraphQL hooks' feedback. `antdLocale` is antd's locale data for the UI language, chosen by the
 * server layout (plain data: only that language's strings reach the browser, as data, not code).
 */
export function ConsoleUiProvider({ antdLocale, children }: { antdLocale: AntdLocale; children: ReactNode }) {
  // Marks the page as interactive (hydrated); end-to-end tests wait for it before clicking.
  useEffect(() => {
    document.documentElement.dataset.consoleReady = 'true';
  }, []);
  // Someone who asked for reduced motion gets none: popups, dialogs and messages appear and go at once
  // (antd's motion token; WCAG 2.3.3). End-to-end tests run that way too (playwright.config.ts).
  const reducedMotion = usePrefersReducedMotion();
  const themeConfig = useMemo(() => ({ algorithm: theme.defaultAlgorithm, token: { ...CONSOLE_THEME_TOKENS, motion: !reducedMotion } }), [reducedMotion]);
  return (
    <ConfigProvider locale={antdLocale} theme={themeConfig}>
      <ConsoleApp>
        <GqlFeedbackProvider>{children}</GqlFeedbackProvider>
      </ConsoleApp>
    </ConfigProvider>
  );
}
