import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { CollectionLinkModel } from './collection-link.model';

@ObjectType('CollectionLinkConnection', { description: 'One page of collection links, newest first.' })
export class CollectionLinkConnectionModel extends ConnectionModel(CollectionLinkModel) {}
