import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { ConsoleFrame } from '@opencx/console-shell/layout/console-frame';
import { PublicFrame } from '@opencx/console-shell/layout/public-frame';
import { loadSession } from '../../server/session';

/** Signed-in users get the app shell; visitors see the public frame (only `/` lets them stay). */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const state = await loadSession();
  if (state.status === 'no-workspace') redirect('/workspaces/new');
  if (state.status === 'signed-in') return <ConsoleFrame session={state.session}>{children}</ConsoleFrame>;
  return <PublicFrame>{children}</PublicFrame>;
}
