import { registerEnumType } from '@nestjs/graphql';

export enum InvitationStatusEnum {
  pending = 'pending',
  expired = 'expired',
  revoked = 'revoked',
  accepted = 'accepted',
}
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
