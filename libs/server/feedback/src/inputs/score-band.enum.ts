import { registerEnumType } from '@nestjs/graphql';

/** Score bands as DESIGN §3 defines them: NPS 0–6 / 7–8 / 9–10; CSAT 1–3 / 4–5 (top-2-box); CES 1–4 / 5–7. */
export enum ScoreBand {
  NPS_DETRACTOR = 'NPS_DETRACTOR',
  NPS_PASSIVE = 'NPS_PASSIVE',
  NPS_PROMOTER = 'NPS_PROMOTER',
  CSAT_LOW = 'CSAT_LOW',
  CSAT_HIGH = 'CSAT_HIGH',
  CES_LOW = 'CES_LOW',
  CES_HIGH = 'CES_HIGH',
}
registerEnumType(ScoreBand, { name: 'ScoreBand', description: 'NPS detractor 0–6, passive 7–8, promoter 9–10; CSAT low 1–3, high 4–5; CES low 1–4, high 5–7' });
