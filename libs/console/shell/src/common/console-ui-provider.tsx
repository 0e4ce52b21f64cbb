'use client';

import { useEffect, type ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import { GqlFeedbackProvider } from '../errors/gql-feedback-provider';
import { ConsoleApp } from './console-app';
import { CONSOLE_FONT_FAMILY } from './font-family';

/** The console's font stack (Latin first, then CJK): see font-family.ts. */
export { CONSOLE_FONT_FAMILY } from './font-family';

/**
 * Colours that pass WCAG 2.1 AA contrast (4.5:1 for text) on white and on antd's light fills: a
 * darker primary (links, the selected menu item on its light-blue background), and secondary,
 * description and placeholder text darker than antd's 45 %/25 % black.
 */
export const CONSOLE_THEME_TOKENS = {
  fontFamily: CONSOLE_FONT_FAMILY,
  colorPrimary: '#0b5cd5',
  colorLink: '#0b5cd5',
  colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  colorTextLabel: 'rgba(0, 0, 0, 0.7)',
  colorError: '#c81e1e',
  colorWarning: '#a35200',
  colorSuccess: '#237804',
  // Preset colours' text shade (tags, badges: shade 7 on shade 1) darkened to 4.5:1 where antd's is lighter.
  cyan7: '#006d75',
  gold7: '#874d00',
  green7: '#237804',
  orange7: '#ad4e00',
  volcano7: '#ad2102',
  lime7: '#3f6600',
  yellow7: '#614700',
  borderRadius: 6,
} as const;

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
