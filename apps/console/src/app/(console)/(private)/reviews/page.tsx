import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReviewsScreen } from '@opencx/console-reviews';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('reviews') };
}

export default function Page() {
  return <ReviewsScreen />;
}
