import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingSoon } from '@opencx/console-shell/common/coming-soon';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('dashboard') };
}

export default function Page() {
  return <ComingSoon section="dashboard" />;
}
