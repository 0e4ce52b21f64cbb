import { registerEnumType } from '@nestjs/graphql';

export enum KpiChildKind {
  STAGE = 'STAGE',
  TOUCHPOINT = 'TOUCHPOINT',
  SITE = 'SITE',
}
registerEnumType(KpiChildKind, { name: 'KpiChildKind' });
