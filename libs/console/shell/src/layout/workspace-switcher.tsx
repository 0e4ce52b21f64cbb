'use client';

import { useTransition } from 'react';
import { DownOutlined, LoadingOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { WORKSPACE_COOKIE, writeClientCookie } from '../console-cookies';
import { useConsoleSession } from '../context/console-session';
import { HeaderMenu } from './header-popup';

/**
 * Workspaces from `me.workspaces`; the choice lives in the opencx_workspace cookie. A menu button
 * (the current workspace's name) rather than antd's Select: on every signed-in page, it is there at first paint.
 */
export function WorkspaceSwitcher() {
  const t = useTranslations('shell');
  const labelled = useTranslations('app');
  const { workspaces, workspace } = useConsoleSession();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const change = (id: string) => {
    if (id === workspace.id) return;
    writeClientCookie(WORKSPACE_COOKIE, id);
    startTransition(() => router.refresh());
  };
  const current = workspace.name;

  return (
    <HeaderMenu
      label={t('workspace')}
      buttonTestId="workspace-switcher"
      buttonLabel={labelled('labelled', { label: t('workspace'), value: current })}
      buttonClassName="cx-select-button"
      busy={pending}
      entries={[
        ...workspaces.map((w) => ({ key: w.id, label: w.name, checked: w.id === workspace.id, onSelect: () => change(w.id) })),
        'divider' as const,
        { key: 'new-workspace', icon: <PlusOutlined />, label: t('createWorkspace'), onSelect: () => router.push('/workspaces/new') },
      ]}
    >
      <span className="cx-select-value">{current}</span>
      <span className="cx-select-arrow" aria-hidden>
        {pending ? <LoadingOutlined /> : <DownOutlined />}
      </span>
    </HeaderMenu>
  );
}
