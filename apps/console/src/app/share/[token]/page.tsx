import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SharedViewScreen } from '@opencx/console-journey-map';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('share'))('pageTitle'), robots: { index: false, follow: false } };
}

/** A share link's read-only journey map or dashboard: no sign-in (unless the link is for members), nothing else of the workspace. */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SharedViewScreen token={token} />;
}
