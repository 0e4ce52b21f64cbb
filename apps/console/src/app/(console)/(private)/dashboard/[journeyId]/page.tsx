import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JourneyDashboard } from '@opencx/console-dashboard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.journey'))('pageTitle') };
}

export default async function JourneyDashboardPage({ params }: { params: Promise<{ journeyId: string }> }) {
  const { journeyId } = await params;
  return <JourneyDashboard key={journeyId} journeyId={journeyId} />;
}
