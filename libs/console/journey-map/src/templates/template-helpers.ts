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
