import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExecutiveView } from '@opencx/console-dashboard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.executive'))('title') };
}

export default function Page() {
  return <ExecutiveView />;
}
