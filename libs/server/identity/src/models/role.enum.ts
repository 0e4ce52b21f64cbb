import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@opencx/domain';

export enum RoleEnum {
  owner = 'owner',
  admin = 'admin',
  editor = 'editor',
  viewer = 'viewer',
}
registerEnumType(RoleEnum, { name: 'Role', description: `Workspace role, weakest first: ${ROLES.join(' < ')}` });
