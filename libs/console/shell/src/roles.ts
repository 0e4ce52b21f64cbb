import { roleAtLeast, type Role } from '@opencx/domain/role';

export type Capability = 'edit' | 'manageMembers' | 'manageTeams' | 'managePlugins' | 'manageApiTokens' | 'viewSystemDetails' | 'readSecurityLog';

const REQUIRED: Record<Capability, Role> = {
  edit: 'editor',
  manageMembers: 'admin',
  manageTeams: 'admin',
  managePlugins: 'admin',
  manageApiTokens: 'admin',
  viewSystemDetails: 'admin',
  readSecurityLog: 'admin',
};

/** What the UI offers a role; the API enforces the same rules (libs/server/identity @Roles). */
export function can(role: Role | null | undefined, capability: Capability): boolean {
  return !!role && roleAtLeast(role, REQUIRED[capability]);
}

export function isReadOnly(role: Role | null | undefined): boolean {
  return !can(role, 'edit');
}

/** Roles a member manager may hand out: only an owner can grant owner. */
export function assignableRoles(actor: Role): Role[] {
  return actor === 'owner' ? ['viewer', 'editor', 'admin', 'owner'] : ['viewer', 'editor', 'admin'];
}
