import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TemplateGalleryScreen } from '@opencx/console-journey-map';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('templates'))('title') };
}

export default function TemplatesPage() {
  return <TemplateGalleryScreen />;
}
