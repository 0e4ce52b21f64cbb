import { registerEnumType } from '@nestjs/graphql';

export enum CaseMetricsGroupEnum {
  ALL = 'all',
  TEAM = 'team',
  SITE = 'site',
  RULE = 'rule',
}
registerEnumType(CaseMetricsGroupEnum, { name: 'CaseMetricsGroup' });
