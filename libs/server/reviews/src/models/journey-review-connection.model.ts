import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { JourneyReviewModel } from './journey-review.model';

@ObjectType('JourneyReviewConnection')
export class JourneyReviewConnectionModel extends ConnectionModel(JourneyReviewModel) {}
