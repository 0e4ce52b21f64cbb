'use client';

import dynamic from 'next/dynamic';
import { Avatar, Button, Space } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useConsoleSession } from '../context/console-session';

/** Until the menu's code has loaded: the same button, showing who is signed in. */
function UserMenuPlaceholder() {
  const { user } = useConsoleSession();
  return (
    <Button type="text" tabIndex={-1}>
      <Space>
        <Avatar size="small" icon={<UserOutlined />} />
        {user.displayName}
      </Space>
    </Button>
  );
}

/** Every signed-in page has it: the dropdown (rc-dropdown, rc-menu) loads right after the page runs, not before it. */
export const UserMenu = dynamic(() => import('./user-menu-dropdown').then((m) => m.UserMenuDropdown), { ssr: false, loading: UserMenuPlaceholder });
