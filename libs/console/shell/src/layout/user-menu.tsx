'use client';

import { Avatar, Button, Dropdown, Space } from 'antd';
import { LogoutOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { gqlRequest, useGqlAction } from '@opencx/console-graphql';
import { LogoutMutation } from '../documents/logout.documents';
import { useConsoleSession } from '../context/console-session';

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
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: user.email, disabled: true },
          { type: 'divider' },
          { key: 'new-workspace', icon: <PlusOutlined />, label: t('createWorkspace'), onClick: () => router.push('/workspaces/new') },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('logout')}</span>, onClick: () => void logout.run() },
        ],
      }}
    >
      <Button type="text" loading={logout.busy} data-testid="user-menu" aria-label={t('userMenu')}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <span className="cx-user-name">{user.displayName}</span>
        </Space>
      </Button>
    </Dropdown>
  );
}
