import { registerEnumType } from '@nestjs/graphql';

export enum KpiAlertStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(KpiAlertStatus, { name: 'KpiAlertStatus', description: 'OPEN until the metric is back at or above its warning threshold, then RESOLVED (acknowledging does not close an alert).' });
