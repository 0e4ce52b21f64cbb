import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionTracker } from '@opencx/console-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('actions') };
}

export default function Page() {
  return <ActionTracker />;
}
