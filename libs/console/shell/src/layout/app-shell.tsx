'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Flex, Layout, Tag, theme } from 'antd';
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
        {/* Plain links styled like antd's inline menu (no rc-menu on every page); the current section carries aria-current. */}
        <nav aria-label={t('nav.label')}>
          <ul className="cx-nav">
            {NAV_ITEMS.map((item) => {
              const label = t(`nav.${item.key}`);
              return (
                <li key={item.key}>
                  <Link href={item.href} title={label} className={item.key === active ? 'cx-nav-item cx-nav-item-active' : 'cx-nav-item'} aria-current={item.key === active ? 'page' : undefined}>
                    <span className="cx-nav-icon" aria-hidden>
                      {NAV_ICONS[item.key]}
                    </span>
                    <span className="cx-nav-label">{label}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
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
              <Tag icon={<EyeOutlined />} color="gold" title={t('shell.readOnlyHint')} data-testid="read-only-badge">
                {t('shell.readOnly')}
              </Tag>
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
