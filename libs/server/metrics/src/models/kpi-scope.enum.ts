import { registerEnumType } from '@nestjs/graphql';

export enum KpiScope {
  JOURNEY = 'JOURNEY',
  STAGE = 'STAGE',
  TOUCHPOINT = 'TOUCHPOINT',
  SITE = 'SITE',
}

registerEnumType(KpiScope, { name: 'KpiScope', description: 'What a KPI report is about; its children are stages (journey), touchpoints (stage, site) or sites (touchpoint).' });
