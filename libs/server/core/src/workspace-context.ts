/**
 * The caller inside one workspace, for feature libs: they take it from core with the other request
 * primitives (`@WorkspaceCtx()`, `@Roles`). The type itself stays in the database lib because
 * `TenantDb` — below core — needs it to open a tenant transaction; a re-export keeps the layering
 * honest (database ← core) without a second definition that could drift.
 */
export type { Actor, WorkspaceContext } from '@opencx/server-database';
