'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { setGqlWorkspace, type MeQuery } from '@opencx/console-graphql';
import type { Role } from '@opencx/domain';
import { can, isReadOnly, type Capability } from '../roles';

export type SessionUser = MeQuery['me']['user'];
export type SessionWorkspace = MeQuery['me']['workspaces'][number];

export interface ConsoleSession {
  user: SessionUser;
  workspaces: SessionWorkspace[];
  workspace: SessionWorkspace;
}

const SessionContext = createContext<ConsoleSession | null>(null);

/** Signed-in user and the workspace the console acts in (resolved by the server layout). */
export function ConsoleSessionProvider({ session, children }: { session: ConsoleSession; children: ReactNode }) {
  // Set before children render so their first request already carries x-workspace-id.
  setGqlWorkspace(session.workspace.id);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useConsoleSession(): ConsoleSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useConsoleSession must be used inside ConsoleSessionProvider');
  return session;
}

export function useRole(): Role {
  return useConsoleSession().workspace.role;
}

export function useCan(capability: Capability): boolean {
  return can(useRole(), capability);
}

export function useReadOnly(): boolean {
  return isReadOnly(useRole());
}
