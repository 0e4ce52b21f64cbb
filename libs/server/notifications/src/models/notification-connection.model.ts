import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { NotificationModel } from './notification.model';

@ObjectType('NotificationConnection')
export class NotificationConnectionModel extends ConnectionModel(NotificationModel) {}
