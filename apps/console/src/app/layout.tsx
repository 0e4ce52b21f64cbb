import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AntdRegistry } from '@ant-design/nextjs-registry';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConsoleUiProvider } from '@opencx/console-shell/common/console-ui-provider';
import { resolveLocale } from '@opencx/console-shell/console-cookies';
import './globals.css';

/** antd's own strings (pickers, pagination, modals) for the UI language. */
const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = resolveLocale(await getLocale());
  return (
    <html lang={locale}>
      <body>
        <AntdRegistry>
          <NextIntlClientProvider>
            <ConsoleUiProvider antdLocale={ANTD_LOCALES[locale]}>{children}</ConsoleUiProvider>
          </NextIntlClientProvider>
        </AntdRegistry>
      </body>
    </html>
  );
}
