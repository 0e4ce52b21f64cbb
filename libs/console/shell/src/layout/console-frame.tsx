'use client';

import type { ReactNode } from 'react';
import { ConsoleSessionProvider, type ConsoleSession } from '../context/console-session';
import { AppShell } from './app-shell';

/** Signed-in frame: session context (role, workspace header) around the app shell. */
export function ConsoleFrame({ session, children }: { session: ConsoleSession; children: ReactNode }) {
  return (
    <ConsoleSessionProvider session={session}>
      <AppShell>{children}</AppShell>
    </ConsoleSessionProvider>
  );
}
