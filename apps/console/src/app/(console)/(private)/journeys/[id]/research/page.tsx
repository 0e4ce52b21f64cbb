import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ResearchScreen } from '@opencx/console-research';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('research'))('pageTitle') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ResearchScreen journeyId={id} />;
}
