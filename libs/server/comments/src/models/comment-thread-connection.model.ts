import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { CommentThreadModel } from './comment-thread.model';

@ObjectType('CommentThreadConnection')
export class CommentThreadConnectionModel extends ConnectionModel(CommentThreadModel) {}
