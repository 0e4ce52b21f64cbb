import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { ResearchItemModel } from './research-item.model';

@ObjectType('ResearchItemConnection')
export class ResearchItemConnectionModel extends ConnectionModel(ResearchItemModel) {}
