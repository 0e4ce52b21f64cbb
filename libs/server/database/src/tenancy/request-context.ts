import type { Role } from '@opencx/domain';

/** Who is acting: a signed-in user, or an API token of a workspace (machine ingestion). */
export interface Actor {
  userId: string | null;
  tokenId: string | null;
}

/**
 * The caller inside one workspace, with the role their membership grants. Every tenant read and
 * write takes one of these as its first argument; nothing else can open a tenant transaction.
 */
export interface WorkspaceContext {
  readonly workspaceId: string;
  readonly role: Role;
  readonly actor: Actor;
}
