import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TemplatePreviewScreen } from '@opencx/console-journey-map';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('templates'))('page.title') };
}

export default async function TemplatePreviewPage({ params }: { params: Promise<{ pluginId: string; templateKey: string }> }) {
  const { pluginId, templateKey } = await params;
  const templateId = `${decodeURIComponent(pluginId)}/${decodeURIComponent(templateKey)}`;
  return <TemplatePreviewScreen key={templateId} templateId={templateId} />;
}
