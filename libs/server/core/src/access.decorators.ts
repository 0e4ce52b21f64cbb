import { SetMetadata } from '@nestjs/common';
import type { Role } from '@opencx/domain';

export const ACCESS_RULE = 'opencx:access';

/**
 * What a resolver method or route requires. Every handler declares exactly one; the access guard
 * refuses handlers without one, and a test fails the build if any handler lacks it.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'user' }
  | { kind: 'role'; role: Role }
  | { kind: 'token'; scope: ApiTokenScope }
  | { kind: 'tokenOrRole'; scope: ApiTokenScope; role: Role };

export const API_TOKEN_SCOPES = ['feedback:write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Anyone, signed in or not (health checks, sign-up, login). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
/** A signed-in user, outside any workspace (me, workspaces, createWorkspace). */
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'user' } satisfies AccessRule);
/** A member of the current workspace with at least this role. */
export const Roles = (role: Role) => SetMetadata(ACCESS_RULE, { kind: 'role', role } satisfies AccessRule);
/** A workspace API token carrying this scope (machine ingestion). */
export const ApiScope = (scope: ApiTokenScope) => SetMetadata(ACCESS_RULE, { kind: 'token', scope } satisfies AccessRule);
/**
 * Either a workspace API token with this scope (machines) or a member with at least this role
 * (the console, with its session and x-workspace-id): routes that both push data, e.g. CSV imports.
 */
export const ApiScopeOrRoles = (scope: ApiTokenScope, role: Role) => SetMetadata(ACCESS_RULE, { kind: 'tokenOrRole', scope, role } satisfies AccessRule);
