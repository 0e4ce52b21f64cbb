import type { InvitationEntity } from '../entities';
import { InvitationStatusEnum, type InvitationModel, type RoleEnum } from '../models';

export function toInvitationModel(i: InvitationEntity): InvitationModel {
  const status = i.acceptedAt
    ? InvitationStatusEnum.accepted
    : i.revokedAt
      ? InvitationStatusEnum.revoked
      : i.expiresAt.getTime() <= Date.now()
        ? InvitationStatusEnum.expired
        : InvitationStatusEnum.pending;
  return { id: i.id, email: i.email, role: i.role as RoleEnum, createdAt: i.createdAt, expiresAt: i.expiresAt, status };
}
