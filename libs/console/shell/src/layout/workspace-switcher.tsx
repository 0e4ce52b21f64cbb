'use client';

import { useTransition } from 'react';
import { Divider, Select, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { WORKSPACE_COOKIE, writeClientCookie } from '../console-cookies';
import { useConsoleSession } from '../context/console-session';

/** Workspaces from `me.workspaces`; the choice lives in the opencx_workspace cookie. */
export function WorkspaceSwitcher() {
  const t = useTranslations('shell');
  const { workspaces, workspace } = useConsoleSession();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const change = (id: string) => {
    writeClientCookie(WORKSPACE_COOKIE, id);
    startTransition(() => router.refresh());
  };

  return (
    <Select
      data-testid="workspace-switcher"
      aria-label={t('workspace')}
      style={{ width: 200, maxWidth: '100%' }}
      loading={pending}
      value={workspace.id}
      onChange={change}
      options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      popupRender={(menu) => (
        <>
          {menu}
          <Divider style={{ margin: '4px 0' }} />
          <Button type="text" block icon={<PlusOutlined />} onClick={() => router.push('/workspaces/new')}>
            {t('createWorkspace')}
          </Button>
        </>
      )}
    />
  );
}
