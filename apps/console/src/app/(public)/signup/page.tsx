import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignUpForm } from '@opencx/console-shell/auth/auth-screens';
import { safeNextPath } from '@opencx/console-shell/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signupTitle') };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  return <SignUpForm next={safeNextPath((await searchParams).next)} />;
}
