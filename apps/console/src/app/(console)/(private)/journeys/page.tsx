import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JourneyListScreen } from '@opencx/console-journey-map';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('journeys'))('title') };
}

export default function JourneysPage() {
  return <JourneyListScreen />;
}
