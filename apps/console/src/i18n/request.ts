import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeFromAcceptLanguage, resolveLocale, LOCALE_COOKIE } from '@opencx/console-shell/console-cookies';
import { DEFAULT_TIME_ZONE } from '@opencx/domain';

export default getRequestConfig(async () => {
  // The person's choice (cookie) wins; until they choose, the browser's language.
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = chosen ? resolveLocale(chosen) : (localeFromAcceptLanguage((await headers()).get('accept-language')) ?? resolveLocale(undefined));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: DEFAULT_TIME_ZONE,
  };
});
