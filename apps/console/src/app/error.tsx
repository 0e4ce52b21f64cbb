'use client';

import { Button, Result } from 'antd';
import { useTranslations } from 'next-intl';

/** Unexpected failures while rendering a page (the API's own errors are shown where they happen). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <Result
      status="error"
      title={t('title')}
      subTitle={t('description')}
      extra={
        <Button type="primary" onClick={reset}>
          {t('retry')}
        </Button>
      }
    />
  );
}
