export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Text given in both console languages. */
export type LocalizedText = Record<Locale, string>;
