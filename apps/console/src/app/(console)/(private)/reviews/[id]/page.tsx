import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReviewReportScreen } from '@opencx/console-reviews';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reviews.page'))('title') };
}

export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ReviewReportScreen key={id} id={id} />;
}
