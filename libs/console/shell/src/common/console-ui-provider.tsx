'use client';

import { useEffect, type ReactNode } from 'react';
import { App, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from '@opencx/domain';
import { GqlFeedbackProvider } from '../errors/gql-feedback-provider';
import { CONSOLE_FONT_FAMILY } from './font-family';

/** The console's font stack (Latin first, then CJK): see font-family.ts. */
export { CONSOLE_FONT_FAMILY } from './font-family';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

/** Ant Design configured for the UI language, plus antd's App for message/modal hooks and the GraphQL hooks' feedback. */
export function ConsoleUiProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  // Marks the page as interactive (hydrated); end-to-end tests wait for it before clicking.
  useEffect(() => {
    document.documentElement.dataset.consoleReady = 'true';
  }, []);
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={{ algorithm: theme.defaultAlgorithm, token: { fontFamily: CONSOLE_FONT_FAMILY, colorPrimary: '#1f6feb', borderRadius: 6 } }}
    >
      <App>
        <GqlFeedbackProvider>{children}</GqlFeedbackProvider>
      </App>
    </ConfigProvider>
  );
}
