'use client';

import { useTransition } from 'react';
import { Segmented } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { LOCALES, type Locale } from '@opencx/domain/locale';
import { LOCALE_COOKIE, resolveLocale, writeClientCookie } from '../console-cookies';

/** zh-CN / en switch: stores the choice in a cookie and re-renders the server components. */
export function LanguageSwitch() {
  const t = useTranslations('language');
  const locale = resolveLocale(useLocale());
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const change = (next: Locale) => {
    writeClientCookie(LOCALE_COOKIE, next);
    startTransition(() => router.refresh());
  };

  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('label')}
      data-testid="language-switch"
      disabled={pending}
      value={locale}
      onChange={change}
      options={LOCALES.map((value) => ({ value, label: t(value) }))}
    />
  );
}
