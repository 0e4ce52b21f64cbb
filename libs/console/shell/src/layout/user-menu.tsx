'use client';

import { LoadingOutlined, LogoutOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { gqlRequest, useGqlAction } from '@opencx/console-graphql';
import { LogoutMutation } from '../documents/logout.documents';
import { useConsoleSession } from '../context/console-session';
import { HeaderMenu } from './header-popup';

/** The signed-in user: email, new workspace, log out (a plain menu button, no antd Dropdown on every page). */
export function UserMenu() {
  const t = useTranslations('shell');
  const { user } = useConsoleSession();
  const router = useRouter();
  const logout = useGqlAction(() => gqlRequest(LogoutMutation), {
    keepBusyOnSuccess: true,
    onSuccess: () => {
      router.replace('/login');
      router.refresh();
    },
  });

  return (
    <HeaderMenu
      label={t('userMenu')}
      buttonTestId="user-menu"
      buttonLabel={t('userMenu')}
      buttonClassName="cx-text-button"
      busy={logout.busy}
      align="end"
      entries={[
        { key: 'who', label: user.email, disabled: true },
        'divider',
        { key: 'new-workspace', icon: <PlusOutlined />, label: t('createWorkspace'), onSelect: () => router.push('/workspaces/new') },
        { key: 'logout', icon: <LogoutOutlined />, label: t('logout'), testId: 'logout', onSelect: () => void logout.run() },
      ]}
    >
      <span className="cx-avatar" aria-hidden>
        {logout.busy ? <LoadingOutlined /> : <UserOutlined />}
      </span>
      <span className="cx-user-name">{user.displayName}</span>
    </HeaderMenu>
  );
}
