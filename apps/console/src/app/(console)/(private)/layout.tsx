import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { loadSession } from '../../../server/session';

/** Everything but `/` needs a signed-in user. */
export default async function PrivateLayout({ children }: { children: ReactNode }) {
  const state = await loadSession();
  if (state.status !== 'signed-in') redirect('/login');
  return children;
}
