import { cache } from 'react';
import { cookies } from 'next/headers';
import { isGqlRequestError } from '@opencx/console-graphql';
import { MeQuery } from '@opencx/console-shell/documents/identity.documents';
import { resolveWorkspace, SESSION_COOKIE, WORKSPACE_COOKIE } from '@opencx/console-shell/console-cookies';
import type { ConsoleSession, SessionUser } from '@opencx/console-shell/context/console-session';
import { serverGql } from './api';

export type SessionState =
  | { status: 'signed-in'; session: ConsoleSession }
  | { status: 'no-workspace'; user: SessionUser }
  | { status: 'anonymous' }
  | { status: 'api-unavailable' };

/** Who is signed in and which workspace they act in; once per request (React cache). */
export const loadSession = cache(async (): Promise<SessionState> => {
  const jar = await cookies();
  if (!jar.get(SESSION_COOKIE)?.value) return { status: 'anonymous' };
  try {
    const { me } = await serverGql(MeQuery);
    const workspace = resolveWorkspace(me.workspaces, jar.get(WORKSPACE_COOKIE)?.value);
    if (!workspace) return { status: 'no-workspace', user: me.user };
    return { status: 'signed-in', session: { user: me.user, workspaces: me.workspaces, workspace } };
  } catch (error) {
    if (isGqlRequestError(error) && error.code === 'UNAUTHENTICATED') return { status: 'anonymous' };
    if (isGqlRequestError(error) && (error.code === 'NETWORK' || error.code === 'API_UNAVAILABLE')) return { status: 'api-unavailable' };
    throw error;
  }
});
