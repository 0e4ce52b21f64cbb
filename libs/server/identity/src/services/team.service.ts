import { Injectable } from '@nestjs/common';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { TeamEntity, TeamMemberEntity } from '../entities';
import { IdentityDirectory } from './identity-directory.service';
import { identityErrors } from '../identity.errors';

export interface TeamWithMembers extends TeamEntity {
  memberIds: string[];
}

@Injectable()
export class TeamService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly directory: IdentityDirectory,
  ) {}

  async list(ctx: WorkspaceContext): Promise<TeamWithMembers[]> {
    return this.db.read(ctx, async (tx) => {
      const teams = await tx.find(TeamEntity, {}, { order: { name: 'ASC' } });
      const members = await this.directory.teamMemberIds(tx, teams.map((t) => t.id));
      return teams.map((t) => ({ ...t, memberIds: members.get(t.id) ?? [] }));
    });
  }

  async create(ctx: WorkspaceContext, name: string, description: string | null): Promise<TeamWithMembers> {
    return this.db.write(ctx, async (tx) => {
      if ((await tx.count(TeamEntity, { name: name.trim() })) > 0) throw OpenCxError.badInput('name', 'a team with this name already exists');
      const team = await tx.insert(TeamEntity, { name: name.trim(), description });
      await this.audit.record(tx, { action: 'team.create', entityType: 'team', entityId: team.id, after: team });
      return { ...team, memberIds: [] };
    });
  }

  async addMember(ctx: WorkspaceContext, teamId: string, userId: string): Promise<TeamWithMembers> {
    return this.db.write(ctx, async (tx) => {
      const team = await tx.findOneOrFail(TeamEntity, { id: teamId }, () => identityErrors.notFound('Team', teamId));
      await this.directory.assertMembers(tx, [userId], 'userId');
      if ((await tx.count(TeamMemberEntity, { teamId, userId })) === 0) {
        await tx.insert(TeamMemberEntity, { teamId, userId });
        await this.audit.record(tx, { action: 'team.addMember', entityType: 'team', entityId: teamId, after: { userId } });
      }
      return { ...team, memberIds: (await this.directory.teamMemberIds(tx, [teamId])).get(teamId) ?? [] };
    });
  }

  /** Names the team's lead (any member of the workspace) or clears it (`null`). */
  async setLead(ctx: WorkspaceContext, teamId: string, userId: string | null): Promise<TeamWithMembers> {
    return this.db.write(ctx, async (tx) => {
      const team = await tx.findOneOrFail(TeamEntity, { id: teamId }, () => identityErrors.notFound('Team', teamId, 'teamId'), { lock: true });
      await this.directory.assertMembers(tx, [userId], 'userId');
      if (team.leadUserId !== userId) {
        await tx.update(TeamEntity, { id: teamId }, { leadUserId: userId });
        await this.audit.record(tx, { action: 'team.setLead', entityType: 'team', entityId: teamId, before: { leadUserId: team.leadUserId }, after: { leadUserId: userId } });
      }
      return { ...team, leadUserId: userId, memberIds: (await this.directory.teamMemberIds(tx, [teamId])).get(teamId) ?? [] };
    });
  }
}
