import { registerEnumType } from '@nestjs/graphql';

export enum KpiGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(KpiGranularity, { name: 'KpiGranularity', description: 'Time buckets in the workspace time zone; weeks are ISO weeks starting on Monday.' });
