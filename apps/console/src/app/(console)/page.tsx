import { can } from '@opencx/console-shell/roles';
import { HomeOverview } from '@opencx/console-shell/home/home-overview';
import { SystemDetailsQuery, SystemStatusQuery } from '@opencx/console-shell/documents/system.documents';
import type { SystemDetails, SystemInfo } from '@opencx/console-shell/home/system-status-card';
import { serverGql } from '../../server/api';
import { loadSession, type SessionState } from '../../server/session';

async function loadSystem(): Promise<SystemInfo | null> {
  try {
    return (await serverGql(SystemStatusQuery)).system;
  } catch {
    return null;
  }
}

/** Versions and migrations: only for admins of the workspace they act in (the API enforces the same). */
async function loadDetails(state: SessionState): Promise<SystemDetails | null> {
  if (state.status !== 'signed-in' || !can(state.session.workspace.role, 'viewSystemDetails')) return null;
  try {
    return (await serverGql(SystemDetailsQuery, undefined, { workspaceId: state.session.workspace.id })).systemDetails;
  } catch {
    return null;
  }
}

/** Landing page: live API and database status from the `system` query, rendered on the server. */
export default async function HomePage() {
  const [state, system] = await Promise.all([loadSession(), loadSystem()]);
  const details = await loadDetails(state);
  const greeting = state.status === 'signed-in' ? { displayName: state.session.user.displayName, workspaceName: state.session.workspace.name } : null;
  return <HomeOverview system={system} details={details} greeting={greeting} />;
}
