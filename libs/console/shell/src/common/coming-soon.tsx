'use client';

import { Result } from 'antd';
import { useTranslations } from 'next-intl';
import type { NavKey } from '../navigation';

export type ComingSoonSection = Exclude<NavKey, 'home' | 'settings'>;

/** Placeholder for screens that are planned but not built yet. */
export function ComingSoon({ section }: { section: ComingSoonSection }) {
  const t = useTranslations();
  return <Result status="info" data-testid="coming-soon" title={t(`nav.${section}`)} subTitle={t('comingSoon.description', { section: t(`nav.${section}`) })} extra={t('comingSoon.title')} />;
}
