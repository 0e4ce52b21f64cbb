import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ConsoleFrame } from '@opencx/console-shell/layout/console-frame';
import { CreateWorkspaceForm } from '@opencx/console-shell/auth/auth-screens';
import { PublicFrame } from '@opencx/console-shell/layout/public-frame';
import { loadSession } from '../../../server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workspace'))('createTitle') };
}

/** First workspace right after sign-up (no shell yet), or another one from the workspace switcher. */
export default async function NewWorkspacePage() {
  const state = await loadSession();
  if (state.status === 'signed-in') {
    return (
      <ConsoleFrame session={state.session}>
        <CreateWorkspaceForm firstWorkspace={false} />
      </ConsoleFrame>
    );
  }
  if (state.status !== 'no-workspace') redirect('/login');
  return (
    <PublicFrame>
      <CreateWorkspaceForm firstWorkspace />
    </PublicFrame>
  );
}
