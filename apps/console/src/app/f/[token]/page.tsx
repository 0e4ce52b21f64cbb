import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PublicSurvey } from '@opencx/console-feedback/survey/public-survey';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('survey'))('title'), robots: { index: false, follow: false } };
}

/** A collection link's public survey: no sign-in, phone first, nothing of the workspace beyond the question. */
export default async function SurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <PublicSurvey token={token} />;
}
