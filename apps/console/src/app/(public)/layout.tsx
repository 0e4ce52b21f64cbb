import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { PublicFrame } from '@opencx/console-shell/layout/public-frame';
import { loadSession } from '../../server/session';

/** Sign-in and sign-up: already signed-in users go straight to the console. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const state = await loadSession();
  if (state.status === 'signed-in') redirect('/');
  if (state.status === 'no-workspace') redirect('/workspaces/new');
  return <PublicFrame>{children}</PublicFrame>;
}
