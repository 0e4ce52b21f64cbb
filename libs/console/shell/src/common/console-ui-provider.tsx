'use client';

import { useEffect, type ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import { GqlFeedbackProvider } from '../errors/gql-feedback-provider';
import { ConsoleApp } from './console-app';
import { CONSOLE_THEME_TOKENS } from './theme-tokens';

/** The console's font stack (Latin first, then CJK): see font-family.ts. */
export { CONSOLE_FONT_FAMILY } from './font-family';

export { CONSOLE_THEME_TOKENS } from './theme-tokens';

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
  return (
    <ConfigProvider
      locale={antdLocale}
      theme={{ algorithm: theme.defaultAlgorithm, token: CONSOLE_THEME_TOKENS }}
    >
      <ConsoleApp>
        <GqlFeedbackProvider>{children}</GqlFeedbackProvider>
      </ConsoleApp>
    </ConfigProvider>
  );
}
