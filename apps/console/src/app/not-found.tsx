import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PRIMARY_ACTION, SystemMessage } from './system-message';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <SystemMessage
      title={t('title')}
      description={t('description')}
      action={
        <Link href="/" style={PRIMARY_ACTION}>
          {t('home')}
        </Link>
      }
    />
  );
}
