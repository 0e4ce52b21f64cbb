import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingSoon } from '@opencx/console-shell';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('feedback') };
}

export default function Page() {
  return <ComingSoon section="feedback" />;
}
