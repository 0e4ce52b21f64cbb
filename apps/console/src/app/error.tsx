'use client';

import { useTranslations } from 'next-intl';
import { PRIMARY_ACTION, SystemMessage } from './system-message';

/** Unexpected failures while rendering a page (the API's own errors are shown where they happen). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <SystemMessage
      title={t('title')}
      description={t('description')}
      action={
        <button type="button" onClick={reset} style={PRIMARY_ACTION}>
          {t('retry')}
        </button>
      }
    />
  );
}
