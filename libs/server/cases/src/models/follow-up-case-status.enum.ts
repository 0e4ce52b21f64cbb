import { registerEnumType } from '@nestjs/graphql';

export enum FollowUpCaseStatus {
  OPEN = 'open',
  CONTACTED = 'contacted',
  RESOLVED = 'resolved',
  CLOSED = 'closed',
}
registerEnumType(FollowUpCaseStatus, { name: 'FollowUpCaseStatus', description: 'open → contacted → resolved | closed (open → closed when nobody could be reached)' });
