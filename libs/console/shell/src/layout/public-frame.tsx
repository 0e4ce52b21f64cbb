'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { Flex, Layout, theme } from 'antd';
import { useTranslations } from 'next-intl';
import { LanguageSwitch } from './language-switch';

/** Frame for visitors (sign-in, sign-up, first workspace): brand and language only. */
export function PublicFrame({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const t = useTranslations('app');
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 24, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        <Flex align="center" gap={12} style={{ height: '100%' }}>
          <Link href="/" style={{ fontWeight: 600, fontSize: 18, color: token.colorPrimary, flex: 1 }}>
            {t('name')}
          </Link>
          {actions}
          <LanguageSwitch />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <div style={{ maxWidth: 960, margin: '0 auto' }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
