import { registerEnumType } from '@nestjs/graphql';

export enum CaseScopeEnum {
  MINE = 'mine',
  TEAM = 'team',
  ALL = 'all',
}
registerEnumType(CaseScopeEnum, { name: 'CaseScope', description: 'MINE: assigned to me; TEAM: assigned to a team I belong to; ALL' });
