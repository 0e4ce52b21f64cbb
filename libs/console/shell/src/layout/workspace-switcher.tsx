'use client';

import dynamic from 'next/dynamic';
import { theme } from 'antd';
import { useConsoleSession } from '../context/console-session';

/** Until the select's code has loaded: the current workspace, in a box of the select's size and look. */
function WorkspaceSwitcherPlaceholder() {
  const { workspace } = useConsoleSession();
  const { token } = theme.useToken();
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        minWidth: 200,
        height: token.controlHeight,
        padding: `0 ${token.paddingSM - 1}px`,
        border: `${token.lineWidth}px solid ${token.colorBorder}`,
        borderRadius: token.borderRadius,
        background: token.colorBgContainer,
        color: token.colorText,
      }}
    >
      {workspace.name}
    </span>
  );
}

/**
 * Workspaces from `me.workspaces`; the choice lives in the opencx_workspace cookie. Every signed-in
 * page shows it, so its code (antd Select: rc-select, virtual list) loads right after the page runs
 * instead of before it; until then the current workspace shows in its place.
 */
export const WorkspaceSwitcher = dynamic(() => import('./workspace-select').then((m) => m.WorkspaceSelect), { ssr: false, loading: WorkspaceSwitcherPlaceholder });
