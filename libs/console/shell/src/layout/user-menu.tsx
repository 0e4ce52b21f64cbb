'use client';

import { useState } from 'react';
import { Avatar, Button, Dropdown, Space } from 'antd';
import { LogoutOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { gqlRequest } from '@opencx/console-graphql';
import { LogoutMutation } from '../documents/identity.documents';
import { useConsoleSession } from '../context/console-session';
import { useErrorFeedback } from '../errors/use-error-feedback';

export function UserMenu() {
  const t = useTranslations('shell');
  const { user } = useConsoleSession();
  const router = useRouter();
  const { report } = useErrorFeedback();
  const [busy, setBusy] = useState(false);

  const logout = async () => {
    setBusy(true);
    try {
      await gqlRequest(LogoutMutation);
      router.replace('/login');
      router.refresh();
    } catch (error) {
      report(error);
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: user.email, disabled: true },
          { type: 'divider' },
          { key: 'new-workspace', icon: <PlusOutlined />, label: t('createWorkspace'), onClick: () => router.push('/workspaces/new') },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('logout')}</span>, onClick: () => void logout() },
        ],
      }}
    >
      <Button type="text" loading={busy} data-testid="user-menu" aria-label={t('userMenu')}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          {user.displayName}
        </Space>
      </Button>
    </Dropdown>
  );
}
