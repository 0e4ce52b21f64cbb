import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { FollowUpCaseModel } from './case.models';

@ObjectType('FollowUpCaseConnection')
export class FollowUpCaseConnectionModel extends ConnectionModel(FollowUpCaseModel) {}
