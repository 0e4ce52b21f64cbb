import { registerEnumType } from '@nestjs/graphql';
import { KPI_STATUSES, type KpiStatus } from '@opencx/domain';

export const KpiStatusEnum = Object.fromEntries(KPI_STATUSES.map((s) => [s, s])) as { [K in KpiStatus]: K };
registerEnumType(KpiStatusEnum, {
  name: 'KpiStatus',
  description: 'NO_DATA at n = 0 (value absent), LOW_SAMPLE below n = 30, NO_TARGET when the metric has none, else judged against target and warning threshold.',
});
