import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx } from '@opencx/server-database';
import { TeamEntity, UserEntity } from '../entities';

/**
 * What other contexts may learn from identity, so they never read `team` or `app_user` themselves:
 * whether team ids belong to the caller's workspace, people's display names, the workspace's language.
 * The one place member and team-member lookups live: identity's own services use it too.
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

  /** Refuses any id that is not a member of the transaction's workspace (one statement for all of them). */
  async assertMembers(tx: TenantTx, userIds: readonly (string | null | undefined)[], field: string): Promise<void> {
    const ids = [...new Set(userIds.filter((id): id is string => !!id))];
    if (!ids.length) return;
    const rows = await tx.query<{ user_id: string }>(`SELECT user_id FROM membership WHERE workspace_id = $1 AND user_id = ANY($2::uuid[])`, [ids]);
    if (rows.length !== ids.length) throw OpenCxError.badInput(field, 'is not a member of this workspace');
  }

  /** Members of each team in the order they joined (a stable order for round-robin assignment). */
  async teamMemberIds(tx: TenantTx, teamIds: readonly string[]): Promise<Map<string, string[]>> {
    const ids = [...new Set(teamIds)];
    const members = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (!ids.length) return members;
    const rows = await tx.query<{ team_id: string; user_id: string }>(
      `SELECT team_id, user_id FROM team_member WHERE workspace_id = $1 AND team_id = ANY($2::uuid[]) ORDER BY created_at, user_id`,
      [ids],
    );
    for (const r of rows) members.get(r.team_id)?.push(r.user_id);
    return members;
  }

  /** Each team's lead, for the teams that have one (where an overdue case of the team is escalated). */
  async teamLeads(tx: TenantTx, teamIds: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
    const ids = [...new Set(teamIds.filter((id): id is string => !!id))];
    if (!ids.length) return new Map();
    const teams = await tx.find(TeamEntity, { id: In(ids) });
    return new Map(teams.flatMap((t) => (t.leadUserId ? [[t.id, t.leadUserId] as [string, string]] : [])));
  }

  /** Teams a user belongs to (the "my team" queue). */
  async teamsOf(tx: TenantTx, userId: string): Promise<string[]> {
    const rows = await tx.query<{ team_id: string }>(`SELECT team_id FROM team_member WHERE workspace_id = $1 AND user_id = $2`, [userId]);
    return rows.map((r) => r.team_id);
  }

  /** Display names by user id (users are global: they may have left the workspace since). */
  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const users = await this.db.global((tx) => tx.find(UserEntity, { id: In(ids) }), { transaction: false });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** Members of the transaction's workspace whose role is one of `roles` (who hears of a KPI alert: owners and admins). */
  async membersWithRoles(tx: TenantTx, roles: readonly string[]): Promise<string[]> {
    const rows = await tx.query<{ user_id: string }>(`SELECT user_id FROM membership WHERE workspace_id = $1 AND role = ANY($2::text[]) ORDER BY user_id`, [[...roles]]);
    return rows.map((r) => r.user_id);
  }

  /** Where to write to people (email, name, language), by user id; one statement for all of them. */
  async contacts(userIds: readonly string[]): Promise<Map<string, { email: string; displayName: string; locale: string }>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const users = await this.db.global((tx) => tx.find(UserEntity, { id: In(ids) }), { transaction: false });
    return new Map(users.map((u) => [u.id, { email: u.email, displayName: u.displayName, locale: u.locale }]));
  }

  /** The workspace's default language (what a template is rendered in when the caller names none). */
  async workspaceLocale(tx: TenantTx): Promise<string | null> {
    const [row] = await tx.query<{ locale: string }>(`SELECT locale FROM workspace WHERE id = $1`, []);
    return row?.locale ?? null;
  }
}
