import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { FollowUpCaseModel } from './follow-up-case.model';

@ObjectType('FollowUpCaseConnection')
export class FollowUpCaseConnectionModel extends ConnectionModel(FollowUpCaseModel) {}
