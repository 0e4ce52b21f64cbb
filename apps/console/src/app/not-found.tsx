import Link from 'next/link';
import { Button, Result } from 'antd';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <Result
      status="404"
      title={t('title')}
      subTitle={t('description')}
      extra={
        <Link href="/">
          <Button type="primary">{t('home')}</Button>
        </Link>
      }
    />
  );
}
