import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PainPointSuggestionsScreen } from '@opencx/console-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('actions.suggestions'))('pageTitle') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PainPointSuggestionsScreen journeyId={id} />;
}
