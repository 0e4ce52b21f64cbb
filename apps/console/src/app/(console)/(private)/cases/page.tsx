import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CasesScreen } from '@opencx/console-cases';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('cases') };
}

export default function Page() {
  return <CasesScreen />;
}
