import { registerEnumType } from '@nestjs/graphql';

export enum SlaBasisEnum {
  ELAPSED = 'elapsed',
  BUSINESS = 'business',
}
registerEnumType(SlaBasisEnum, { name: 'SlaBasis', description: 'ELAPSED counts every minute (24 × 7); BUSINESS counts working minutes of the workspace calendar' });
