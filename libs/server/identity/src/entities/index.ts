import { UserEntity } from './user.entity';
import { SessionEntity } from './session.entity';
import { WorkspaceEntity } from './workspace.entity';
import { MembershipEntity } from './membership.entity';
import { InvitationEntity } from './invitation.entity';
import { TeamEntity, TeamMemberEntity } from './team.entity';
import { ApiTokenEntity } from './api-token.entity';
import { SecurityEventEntity } from './security-event.entity';

export { UserEntity, SessionEntity, WorkspaceEntity, MembershipEntity, InvitationEntity, TeamEntity, TeamMemberEntity, ApiTokenEntity, SecurityEventEntity };
export { SECURITY_EVENT_KINDS, type SecurityEventKind } from './security-event.entity';

export const IDENTITY_ENTITIES = [UserEntity, SessionEntity, WorkspaceEntity, MembershipEntity, InvitationEntity, TeamEntity, TeamMemberEntity, ApiTokenEntity, SecurityEventEntity];
