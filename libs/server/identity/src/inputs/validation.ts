import { ROLES } from '@opencx/domain';

export const ROLE_MESSAGE = { message: `must be one of ${ROLES.join(', ')}` };
