import { HomeOverview } from '@opencx/console-shell/home/home-overview';
import { SystemStatusQuery } from '@opencx/console-shell/documents/system.documents';
import type { SystemInfo } from '@opencx/console-shell/home/system-status-card';
import { CxHomeScreen } from '@opencx/console-journey-map';
import { serverGql } from '../../server/api';
import { loadSession } from '../../server/session';

async function loadSystem(): Promise<SystemInfo | null> {
  try {
    return (await serverGql(SystemStatusQuery)).system;
  } catch {
    return null;
  }
}

/**
 * Home. Signed-in people get the CX home (recent journeys, moments of truth, worst pain points,
 * templates); versions and migrations live under Settings → System for admins. Visitors see the
 * live API status and how to get in.
 */
export default async function HomePage() {
  const state = await loadSession();
  if (state.status === 'signed-in') {
    const { user, workspace } = state.session;
    return <CxHomeScreen userId={user.id} displayName={user.displayName} workspaceName={workspace.name} />;
  }
  return <HomeOverview system={await loadSystem()} details={null} greeting={null} />;
}
