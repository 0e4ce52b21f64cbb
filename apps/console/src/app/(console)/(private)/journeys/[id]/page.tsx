import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JourneyMapScreen } from '@opencx/console-journey-map';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('journeys') };
}

export default async function JourneyMapPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <JourneyMapScreen key={id} journeyId={id} />;
}
