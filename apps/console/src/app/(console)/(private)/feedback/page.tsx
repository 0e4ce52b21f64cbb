import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FeedbackScreen } from '@opencx/console-feedback/screens';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('feedback') };
}

export default function Page() {
  return <FeedbackScreen />;
}
