import { HomeOverview, SystemStatusQuery, type SystemInfo } from '@opencx/console-shell';
import { serverGql } from '../../server/api';
import { loadSession } from '../../server/session';

async function loadSystem(): Promise<SystemInfo | null> {
  try {
    return (await serverGql(SystemStatusQuery)).system;
  } catch {
    return null;
  }
}

/** Landing page: live API and database status from the `system` query, rendered on the server. */
export default async function HomePage() {
  const [state, system] = await Promise.all([loadSession(), loadSystem()]);
  const greeting = state.status === 'signed-in' ? { displayName: state.session.user.displayName, workspaceName: state.session.workspace.name } : null;
  return <HomeOverview system={system} greeting={greeting} />;
}
