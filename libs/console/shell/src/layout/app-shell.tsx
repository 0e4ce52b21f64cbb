'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Flex, Layout, Menu, Tag, Tooltip, theme } from 'antd';
import { AuditOutlined, CheckSquareOutlined, DashboardOutlined, EyeOutlined, HomeOutlined, MessageOutlined, NodeIndexOutlined, SettingOutlined, SolutionOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { activeNavKey, NAV_ITEMS, type NavKey } from '../navigation';
import { useConsoleSession, useReadOnly } from '../context/console-session';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from '../notifications/notification-bell';
import { UserMenu } from './user-menu';
import { WorkspaceSwitcher } from './workspace-switcher';

const NAV_ICONS: Record<NavKey, ReactNode> = {
  home: <HomeOutlined />,
  journeys: <NodeIndexOutlined />,
  dashboard: <DashboardOutlined />,
  actions: <CheckSquareOutlined />,
  feedback: <MessageOutlined />,
  cases: <SolutionOutlined />,
  reviews: <AuditOutlined />,
  settings: <SettingOutlined />,
};

/** Signed-in frame: navigation on the left; workspace, role, language and user in the header. */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const pathname = usePathname();
  const { workspace } = useConsoleSession();
  const readOnly = useReadOnly();
  const { token } = theme.useToken();
  const active = activeNavKey(pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main-content" className="cx-skip-link" data-testid="skip-link">
        {t('shell.skipToContent')}
      </a>
      <Layout.Sider theme="light" breakpoint="lg" collapsible width={220} style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
        <Link href="/" className="cx-logo" style={{ display: 'block', padding: '16px 24px', fontWeight: 600, fontSize: 18, color: token.colorPrimary, overflow: 'hidden', whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Link>
        <Menu
          mode="inline"
          aria-label={t('nav.label')}
          selectedKeys={active ? [active] : []}
          style={{ borderInlineEnd: 'none' }}
          items={NAV_ITEMS.map((item) => ({ key: item.key, icon: NAV_ICONS[item.key], label: <Link href={item.href}>{t(`nav.${item.key}`)}</Link> }))}
        />
      </Layout.Sider>
      {/* min-width 0: the content column shrinks to the window instead of widening the page (reflow, WCAG 1.4.10). */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="cx-header" style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          {/* Wraps onto a second row on a narrow window, so language and log-out stay on screen. */}
          <Flex align="center" gap={12} wrap style={{ minHeight: 48 }}>
            <WorkspaceSwitcher />
            <Tag color="blue" data-testid="role-badge">
              {t(`roles.${workspace.role}`)}
            </Tag>
            {readOnly ? (
              <Tooltip title={t('shell.readOnlyHint')}>
                <Tag icon={<EyeOutlined />} color="gold" data-testid="read-only-badge">
                  {t('shell.readOnly')}
                </Tag>
              </Tooltip>
            ) : null}
            <span style={{ flex: 1 }} />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content id="main-content" tabIndex={-1} className="cx-content" style={{ outline: 'none', minWidth: 0 }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
