import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@opencx/console-shell/auth/auth-screens';
import { safeNextPath } from '@opencx/console-shell/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('loginTitle') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  return <LoginForm next={safeNextPath((await searchParams).next)} />;
}
