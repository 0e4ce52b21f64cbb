import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx } from '@opencx/server-database';
import { MembershipEntity, TeamEntity, UserEntity } from '../entities';

/**
 * What other contexts may learn from identity, so they never read `team` or `app_user` themselves:
 * whether team ids belong to the caller's workspace, people's display names, the workspace's language.
 */
@Injectable()
export class IdentityDirectory {
  constructor(private readonly db: TenantDb) {}

  /** Refuses any id that is not a team of the transaction's workspace (one statement for all of them). */
  async assertTeams(tx: TenantTx, teamIds: readonly (string | null | undefined)[], field = 'ownerTeamId'): Promise<void> {
    const ids = [...new Set(teamIds.filter((id): id is string => !!id))];
    if (!ids.length) return;
    const found = await tx.find(TeamEntity, { id: In(ids) });
    if (found.length !== ids.length) throw OpenCxError.badInput(field, 'no such team in this workspace');
  }

  /** Refuses any user id that is not a member of the transaction's workspace. */
  async assertMembers(tx: TenantTx, userIds: readonly (string | null | undefined)[], field: string): Promise<void> {
    const ids = [...new Set(userIds.filter((id): id is string => !!id))];
    if (!ids.length) return;
    const found = await tx.find(MembershipEntity, { userId: In(ids) });
    if (new Set(found.map((m) => m.userId)).size !== ids.length) throw OpenCxError.badInput(field, 'no such member in this workspace');
  }

  /** Display names by user id (users are global: they may have left the workspace since). */
  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const users = await this.db.global((tx) => tx.find(UserEntity, { id: In(ids) }), { transaction: false });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** The workspace's default language (what a template is rendered in when the caller names none). */
  async workspaceLocale(tx: TenantTx): Promise<string | null> {
    const [row] = await tx.query<{ locale: string }>(`SELECT locale FROM workspace WHERE id = $1`, []);
    return row?.locale ?? null;
  }
}
