import { registerEnumType } from '@nestjs/graphql';
import { ACTION_PRIORITIES } from '@opencx/domain';
import { enumOf } from './enum-of';

export const ActionPriorityEnum = enumOf(ACTION_PRIORITIES);
registerEnumType(ActionPriorityEnum, { name: 'ActionPriority' });
