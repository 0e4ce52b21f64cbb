import { OpenCxError } from '@opencx/server-core';
import type { TenantTx } from '@opencx/server-database';

/** An owning team must be a team of the caller's workspace (teams belong to identity; checked by id only). */
export async function assertTeamInWorkspace(tx: TenantTx, teamId: string | undefined | null, field = 'ownerTeamId'): Promise<void> {
  if (!teamId) return;
  const [team] = await tx.query(`SELECT 1 FROM team WHERE workspace_id = $1 AND id = $2`, [teamId]);
  if (!team) throw OpenCxError.badInput(field, 'no such team in this workspace');
}
