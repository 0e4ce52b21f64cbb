import { Injectable } from '@nestjs/common';
import type { Role } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { MembershipEntity } from '../entities';
import type { ClientInfo } from '../auth/client-info';
import { SecurityEventService } from './security-event.service';
import { identityErrors } from '../identity.errors';

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  joinedAt: Date;
}

type MemberRow = { user_id: string; email: string; display_name: string; role: Role; created_at: Date };
const toMember = (r: MemberRow): Member => ({ userId: r.user_id, email: r.email, displayName: r.display_name, role: r.role, joinedAt: r.created_at });

const MEMBER_SQL = `SELECT m.user_id, u.email, u.display_name, m.role, m.created_at
                      FROM membership m JOIN app_user u ON u.id = m.user_id
                     WHERE m.workspace_id = $1`;

/** Membership changes. Only an owner may grant or take away ownership; the last owner stays. */
@Injectable()
export class MemberService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly securityEvents: SecurityEventService,
  ) {}

  list(ctx: WorkspaceContext): Promise<Member[]> {
    return this.db.read(ctx, async (tx) => (await tx.query<MemberRow>(`${MEMBER_SQL} ORDER BY m.created_at, m.user_id`)).map(toMember));
  }

  async updateRole(ctx: WorkspaceContext, userId: string, role: Role, client: ClientInfo): Promise<Member> {
    const { before, after } = await this.db.write(ctx, async (tx) => {
      const before = await this.get(tx, userId, true);
      if (before.role === 'owner' || role === 'owner') this.assertMayGrant(ctx, 'owner');
      if (before.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(tx, userId);
      await tx.update(MembershipEntity, { userId }, { role });
      const after = await this.get(tx, userId);
      await this.audit.record(tx, { action: 'member.updateRole', entityType: 'membership', entityId: userId, before, after });
      return { before, after };
    });
    if (before.role !== after.role) await this.roleChanged(ctx, userId, before.role, after.role, client);
    return after;
  }

  async remove(ctx: WorkspaceContext, userId: string, client: ClientInfo): Promise<Member> {
    const removed = await this.db.write(ctx, async (tx) => {
      const before = await this.get(tx, userId, true);
      if (before.role === 'owner') {
        this.assertMayGrant(ctx, 'owner');
        await this.assertAnotherOwner(tx, userId);
      }
      await tx.delete(MembershipEntity, { userId });
      await this.audit.record(tx, { action: 'member.remove', entityType: 'membership', entityId: userId, before });
      return before;
    });
    await this.roleChanged(ctx, userId, removed.role, null, client);
    return removed;
  }

  /** Role changes (removal is a change to no role) go to the security log once committed. */
  private roleChanged(ctx: WorkspaceContext, userId: string, from: Role, to: Role | null, client: ClientInfo): Promise<void> {
    return this.securityEvents.record({
      kind: 'role_changed',
      userId,
      client,
      detail: { workspaceId: ctx.workspaceId, from, to, byUserId: ctx.actor.userId },
    });
  }

  private assertMayGrant(ctx: WorkspaceContext, role: Role): void {
    if (role === 'owner' && ctx.role !== 'owner') throw OpenCxError.forbidden('Only an owner can grant or change the owner role');
  }

  private async assertAnotherOwner(tx: TenantTx, leavingUserId: string): Promise<void> {
    // Lock the owner rows so two concurrent demotions cannot both pass this check.
    const owners = await tx.find(MembershipEntity, { role: 'owner' }, { lock: true });
    if (!owners.some((o) => o.userId !== leavingUserId)) {
      throw identityErrors.conflict('Member', 'The last owner of a workspace cannot be removed or demoted; make someone else owner first', { field: 'userId', reason: 'last_owner' });
    }
  }

  private async get(tx: TenantTx, userId: string, lock = false): Promise<Member> {
    const rows = await tx.query<MemberRow>(`${MEMBER_SQL} AND m.user_id = $2${lock ? ' FOR UPDATE OF m' : ''}`, [userId]);
    if (!rows[0]) throw identityErrors.notFound('Member', userId);
    return toMember(rows[0]);
  }
}
