import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { FeedbackItemModel } from './feedback-item.model';

@ObjectType('FeedbackConnection', { description: 'One page of the feedback inbox, newest first.' })
export class FeedbackConnectionModel extends ConnectionModel(FeedbackItemModel) {}
