import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignUpForm } from '@opencx/console-shell';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signupTitle') };
}

export default function SignUpPage() {
  return <SignUpForm />;
}
