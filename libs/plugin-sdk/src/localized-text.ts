import type { LocalizedText } from '@opencx/domain';

/** Shorthand for `{ en, 'zh-CN' }`; keeps long manifests readable. */
export function localized(en: string, zhCN: string): LocalizedText {
  return { en, 'zh-CN': zhCN };
}
