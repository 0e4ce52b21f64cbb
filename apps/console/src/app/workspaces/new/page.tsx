import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ConsoleFrame, CreateWorkspaceForm, PublicFrame } from '@opencx/console-shell';
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
