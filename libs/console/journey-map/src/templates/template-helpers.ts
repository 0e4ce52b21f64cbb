'use client';

import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import type { JourneyTemplate } from '../model/types';

export function templateCounts(template: Pick<JourneyTemplate, 'stages'>): { stages: number; touchpoints: number; moments: number; painPoints: number } {
  let touchpoints = 0;
  let moments = 0;
  let painPoints = 0;
  for (const stage of template.stages) {
    for (const tp of stage.touchpoints) {
      touchpoints++;
      if (tp.momentOfTruth) moments++;
      painPoints += tp.painPointCount;
    }
  }
  return { stages: template.stages.length, touchpoints, moments, painPoints };
}

/** Industry keys come from plugins; known ones are translated, others are shown as they are. */
export function useIndustryLabel(): (industry: string) => string {
  const t = useTranslations('templates.industries');
  return useCallback((industry: string) => (t.has(industry as Parameters<typeof t>[0]) ? t(industry as Parameters<typeof t>[0]) : industry), [t]);
}
