import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { ImprovementActionModel } from './improvement-action.model';

@ObjectType('ImprovementActionConnection')
export class ImprovementActionConnectionModel extends ConnectionModel(ImprovementActionModel) {}
