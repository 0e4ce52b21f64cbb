import { registerEnumType } from '@nestjs/graphql';
import { ACTION_STATUSES } from '@opencx/domain';
import { enumOf } from './enum-of';

export const ActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, { name: 'ActionStatus', description: 'proposed → planned → in_progress → done → verified, or dropped' });
