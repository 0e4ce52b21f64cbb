import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@opencx/console-shell/roles';
import { SystemDetailsQuery, SystemStatusQuery } from '@opencx/console-shell/documents/system.documents';
import { SystemStatusCard } from '@opencx/console-shell/home/system-status-card';
import { serverGql } from '../../../../../server/api';
import { loadSession } from '../../../../../server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings.nav'))('system') };
}

/** Settings → System: API and database status, versions and migrations, for workspace admins. */
export default async function SystemSettingsPage() {
  const state = await loadSession();
  if (state.status !== 'signed-in' || !can(state.session.workspace.role, 'viewSystemDetails')) notFound();
  const [system, details] = await Promise.all([
    serverGql(SystemStatusQuery)
      .then((r) => r.system)
      .catch(() => null),
    serverGql(SystemDetailsQuery, undefined, { workspaceId: state.session.workspace.id })
      .then((r) => r.systemDetails)
      .catch(() => null),
  ]);
  return <SystemStatusCard initial={system} initialDetails={details} />;
}
