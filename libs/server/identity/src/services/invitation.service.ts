import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Role } from '@opencx/domain';
import { OpenCxError, type AuthUser } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { InvitationEntity, MembershipEntity } from '../entities';
import type { ClientInfo } from '../auth/client-info';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';
import { hashSecret, newSecret } from './secrets';
import { SecurityEventService } from './security-event.service';
import { MailService } from './mail.service';
import { identityErrors } from '../identity.errors';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IssuedInvitation {
  invitation: InvitationEntity;
  /** `<workspaceId>.<secret>`: shown to the inviter this once; only the secret's hash is stored. */
  token: string;
  link: string;
  emailed: boolean;
}

export type InvitationStatus = 'pending' | 'expired' | 'revoked' | 'accepted';

export interface InvitationPreview {
  workspaceId: string;
  workspaceName: string;
  role: Role;
  invitedEmail: string;
  expiresAt: Date;
  status: InvitationStatus;
  alreadyMember: boolean;
}

/**
 * The token names its workspace so that accepting it looks the secret up inside that workspace's
 * tenant transaction (row-level security allows nothing else), never by scanning every tenant.
 */
export function parseInvitationToken(token: string): { workspaceId: string; secret: string } {
  const dot = token.indexOf('.');
  const workspaceId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (dot < 0 || !UUID.test(workspaceId) || !secret.startsWith('ocx_i_') || secret.length > 100) {
    throw OpenCxError.badInput('token', 'is not an invitation link');
  }
  return { workspaceId: workspaceId.toLowerCase(), secret };
}

function statusOf(inv: InvitationEntity, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

const REFUSALS: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  accepted: 'This invitation link has already been used',
  revoked: 'This invitation has been withdrawn; ask the workspace admin for a new link',
  expired: 'This invitation has expired; ask the workspace admin for a new link',
};

/**
 * Invitations are one-time secret links (hashed, expiring, revocable). Inviting never adds anyone
 * and never says whether the email has an account; a membership is created only when a signed-in
 * account accepts the link. The link is the proof, not the address: whoever holds it may accept it
 * once, with whatever account they are signed in with (people are often invited at one address
 * and sign in with another); the accepting account is recorded next to the invited address in the
 * audit and security logs, so an admin sees exactly who joined through which invitation.
 */
@Injectable()
export class InvitationService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly securityEvents: SecurityEventService,
    private readonly mail: MailService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Open invitations (not accepted, not revoked), expired ones included so they can be withdrawn. */
  list(ctx: WorkspaceContext): Promise<InvitationEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(InvitationEntity, { acceptedAt: IsNull(), revokedAt: IsNull() }, { order: { createdAt: 'ASC' } }));
  }

  async invite(ctx: WorkspaceContext, rawEmail: string, role: Role): Promise<IssuedInvitation> {
    if (role === 'owner' && ctx.role !== 'owner') throw OpenCxError.forbidden('Only an owner can grant or change the owner role');
    const email = rawEmail.trim();
    const secret = newSecret('ocx_i_');
    const token = `${ctx.workspaceId}.${secret}`;
    const { invitation, workspaceName } = await this.db.write(ctx, async (tx) => {
      const members = await tx.query(
        `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.workspace_id = $1 AND lower(u.email) = lower($2)`,
        [email],
      );
      // Members are listed to admins anyway, so this tells them nothing new about who has an account.
      if (members.length > 0) throw OpenCxError.badInput('email', 'is already a member of this workspace');
      // An expired link for the same address makes way for a new one.
      await tx.query(
        `UPDATE invitation SET revoked_at = now()
          WHERE workspace_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= now()`,
        [email],
      );
      const pending = await tx.query(`SELECT 1 FROM invitation WHERE workspace_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL`, [email]);
      if (pending.length > 0) throw OpenCxError.badInput('email', 'already has a pending invitation; revoke it to send a new link');
      const created = await tx.insert(InvitationEntity, {
        email,
        role,
        invitedBy: ctx.actor.userId ?? '',
        tokenHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        revokedAt: null,
        acceptedAt: null,
        acceptedBy: null,
      });
      await this.audit.record(tx, { action: 'member.invite', entityType: 'invitation', entityId: created.id, after: created });
      const [ws] = await tx.query<{ name: string }>(`SELECT name FROM workspace WHERE id = $1`);
      return { invitation: created, workspaceName: ws?.name ?? '' };
    });
    const link = `${this.options.publicUrl}/invite/${token}`;
    const emailed = await this.mail.send({
      to: email,
      subject: `OpenCX: join ${workspaceName} · 邀请您加入 ${workspaceName}`,
      text:
        `You are invited to join the workspace "${workspaceName}" on OpenCX as ${role}. ` +
        `Open this link while signed in (or sign up first) to accept; it works once and expires on ${invitation.expiresAt.toISOString()}:\n${link}\n\n` +
        `您被邀请加入 OpenCX 工作空间「${workspaceName}」。登录（或先注册）后打开此链接接受邀请；链接仅可使用一次，有效期至 ${invitation.expiresAt.toISOString()}：\n${link}\n`,
    });
    return { invitation, token, link, emailed };
  }

  async revoke(ctx: WorkspaceContext, id: string): Promise<InvitationEntity> {
    return this.db.write(ctx, async (tx) => {
      const before = await tx.findOneOrFail(InvitationEntity, { id }, () => identityErrors.notFound('Invitation', id), { lock: true });
      if (before.acceptedAt) throw identityErrors.conflict('Invitation', 'This invitation has already been accepted; remove the member instead', { field: 'id', reason: 'accepted' });
      if (!before.revokedAt) await tx.update(InvitationEntity, { id }, { revokedAt: new Date() });
      const after = await tx.findOneOrFail(InvitationEntity, { id }, () => identityErrors.notFound('Invitation', id));
      await this.audit.record(tx, { action: 'invitation.revoke', entityType: 'invitation', entityId: id, before, after });
      return after;
    });
  }

  /** What the link offers, for the accept page (signed-in users holding the link). */
  async preview(user: AuthUser, token: string): Promise<InvitationPreview> {
    const { workspaceId, secret } = parseInvitationToken(token);
    return this.db.read(this.asInvitee(user, workspaceId), async (tx) => {
      const invitation = await this.find(tx, secret);
      const [ws] = await tx.query<{ name: string }>(`SELECT name FROM workspace WHERE id = $1`);
      const member = await tx.count(MembershipEntity, { userId: user.id });
      return {
        workspaceId,
        workspaceName: ws?.name ?? '',
        role: invitation.role,
        invitedEmail: invitation.email,
        expiresAt: invitation.expiresAt,
        status: statusOf(invitation),
        alreadyMember: member > 0,
      };
    });
  }

  /** The one way into a workspace: a signed-in account accepting a live link, once. */
  async accept(user: AuthUser, token: string, client: ClientInfo): Promise<{ workspaceId: string; role: Role }> {
    const { workspaceId, secret } = parseInvitationToken(token);
    const ctx = this.asInvitee(user, workspaceId);
    const accepted = await this.db.write(ctx, async (tx) => {
      const invitation = await this.find(tx, secret, true);
      const status = statusOf(invitation);
      if (status !== 'pending') throw identityErrors.conflict('Invitation', REFUSALS[status], { field: 'token', reason: status });
      if ((await tx.count(MembershipEntity, { userId: user.id })) > 0) {
        throw identityErrors.conflict('Invitation', 'You are already a member of this workspace', { field: 'token', reason: 'already_member' });
      }
      await tx.insert(MembershipEntity, { userId: user.id, role: invitation.role });
      await tx.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date(), acceptedBy: user.id });
      const after = { userId: user.id, email: user.email, role: invitation.role, invitationId: invitation.id, invitedEmail: invitation.email };
      await this.audit.record(tx, { action: 'invitation.accept', entityType: 'membership', entityId: user.id, after });
      return invitation;
    });
    // The security log is global; it is written once the membership has committed.
    await this.securityEvents.record({
      kind: 'invitation_accepted',
      userId: user.id,
      client,
      detail: { workspaceId, invitationId: accepted.id, role: accepted.role, invitedEmail: accepted.email, invitedBy: accepted.invitedBy },
    });
    return { workspaceId, role: accepted.role };
  }

  /**
   * The accepting user is not a member yet; they act in the invitation's workspace only to read
   * and consume that one invitation. The role is never used for an access decision here.
   */
  private asInvitee(user: AuthUser, workspaceId: string): WorkspaceContext {
    return { workspaceId, role: 'viewer', actor: { userId: user.id, tokenId: null } };
  }

  private async find(tx: TenantTx, secret: string, lock = false): Promise<InvitationEntity> {
    const invitation = await tx.findOne(InvitationEntity, { tokenHash: hashSecret(secret) }, { lock });
    if (!invitation) throw identityErrors.notFound('Invitation');
    return invitation;
  }
}

