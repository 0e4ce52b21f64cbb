import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LoginForm, safeNextPath } from '@opencx/console-shell';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('loginTitle') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  return <LoginForm next={safeNextPath((await searchParams).next)} />;
}
