'use client';

import { useCallback } from 'react';
import { useTranslations } from 'next-intl';

/** Industry keys come from plugins; known ones are translated, others are shown as they are. */
export function useIndustryLabel(): (industry: string) => string {
  const t = useTranslations('industries');
  return useCallback((industry: string) => (t.has(industry as Parameters<typeof t>[0]) ? t(industry as Parameters<typeof t>[0]) : industry), [t]);
}
