import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InvitationAccept, InvitationSignIn } from '@opencx/console-shell/invitations/invitation-screens';
import { PublicFrame } from '@opencx/console-shell/layout/public-frame';
import { loadSession } from '../../../server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitation'))('title') };
}

/** An invitation link: signed in, it shows the workspace and role with Accept; signed out, it sends to login or sign-up and back. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadSession();
  const email = state.status === 'signed-in' ? state.session.user.email : state.status === 'no-workspace' ? state.user.email : null;
  return <PublicFrame>{email ? <InvitationAccept token={token} email={email} /> : <InvitationSignIn token={token} />}</PublicFrame>;
}
