import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Role } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { InvitationEntity, MembershipEntity } from '../entities';

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
  ) {}

  list(ctx: WorkspaceContext): Promise<Member[]> {
    return this.db.read(ctx, async (tx) => (await tx.query<MemberRow>(`${MEMBER_SQL} ORDER BY m.created_at, m.user_id`)).map(toMember));
  }

  listInvitations(ctx: WorkspaceContext): Promise<InvitationEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(InvitationEntity, { acceptedAt: IsNull() }, { order: { createdAt: 'ASC' } }));
  }

  async invite(ctx: WorkspaceContext, email: string, role: Role): Promise<{ member: Member | null; invitation: InvitationEntity | null }> {
    this.assertMayGrant(ctx, role);
    return this.db.write(ctx, async (tx) => {
      const [user] = await tx.query<{ id: string; member: boolean }>(
        `SELECT u.id, EXISTS (SELECT 1 FROM membership m WHERE m.workspace_id = $1 AND m.user_id = u.id) AS member
           FROM app_user u WHERE lower(u.email) = lower($2)`,
        [email],
      );
      if (user?.member) throw OpenCxError.badInput('email', 'is already a member of this workspace');
      if (user) {
        await tx.insert(MembershipEntity, { userId: user.id, role });
        const member = await this.get(tx, user.id);
        await this.audit.record(tx, { action: 'member.add', entityType: 'membership', entityId: user.id, after: member });
        return { member, invitation: null };
      }
      const pending = await tx.query(`SELECT 1 FROM invitation WHERE workspace_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL`, [email]);
      if (pending.length > 0) throw OpenCxError.badInput('email', 'already has a pending invitation');
      const invitation = await tx.insert(InvitationEntity, { email: email.trim(), role, invitedBy: ctx.actor.userId ?? '', acceptedAt: null });
      await this.audit.record(tx, { action: 'member.invite', entityType: 'invitation', entityId: invitation.id, after: invitation });
      return { member: null, invitation };
    });
  }

  async updateRole(ctx: WorkspaceContext, userId: string, role: Role): Promise<Member> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.get(tx, userId, true);
      if (before.role === 'owner' || role === 'owner') this.assertMayGrant(ctx, 'owner');
      if (before.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(tx, userId);
      await tx.update(MembershipEntity, { userId }, { role });
      const after = await this.get(tx, userId);
      await this.audit.record(tx, { action: 'member.updateRole', entityType: 'membership', entityId: userId, before, after });
      return after;
    });
  }

  async remove(ctx: WorkspaceContext, userId: string): Promise<Member> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.get(tx, userId, true);
      if (before.role === 'owner') {
        this.assertMayGrant(ctx, 'owner');
        await this.assertAnotherOwner(tx, userId);
      }
      await tx.delete(MembershipEntity, { userId });
      await this.audit.record(tx, { action: 'member.remove', entityType: 'membership', entityId: userId, before });
      return before;
    });
  }

  private assertMayGrant(ctx: WorkspaceContext, role: Role): void {
    if (role === 'owner' && ctx.role !== 'owner') throw OpenCxError.forbidden('Only an owner can grant or change the owner role');
  }

  private async assertAnotherOwner(tx: TenantTx, leavingUserId: string): Promise<void> {
    // Lock the owner rows so two concurrent demotions cannot both pass this check.
    const owners = await tx.find(MembershipEntity, { role: 'owner' }, { lock: true });
    if (!owners.some((o) => o.userId !== leavingUserId)) {
      throw OpenCxError.conflict('The last owner of a workspace cannot be removed or demoted; make someone else owner first', { field: 'userId' });
    }
  }

  private async get(tx: TenantTx, userId: string, lock = false): Promise<Member> {
    const rows = await tx.query<MemberRow>(`${MEMBER_SQL} AND m.user_id = $2${lock ? ' FOR UPDATE OF m' : ''}`, [userId]);
    if (!rows[0]) throw OpenCxError.notFound('Member', userId);
    return toMember(rows[0]);
  }
}
