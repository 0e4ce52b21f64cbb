import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { CommentTargetKind } from '../comment-target';

@ObjectType('Comment', { description: 'A comment on a card of a journey map (plain text, never HTML).' })
export class CommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => CommentTargetKind) targetKind!: CommentTargetKind;
  @Field(() => ID) targetId!: string;
  @Field(() => ID, { nullable: true, description: 'The thread root this replies to; null for a root' }) parentId!: string | null;
  @Field(() => ID, { nullable: true }) authorId!: string | null;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field() body!: string;
  @Field(() => [ID], { description: 'Members this comment names' }) mentionedUserIds!: string[];
  @Field(() => [ID], { description: 'Teams this comment names' }) mentionedTeamIds!: string[];
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
}

@ObjectType('CommentThread', { description: 'A root comment and its replies (oldest first); resolving marks the thread.' })
export class CommentThreadModel {
  @Field(() => ID, { description: 'The root comment id' }) id!: string;
  @Field(() => CommentModel) root!: CommentModel;
  @Field(() => [CommentModel]) replies!: CommentModel[];
  @Field() resolved!: boolean;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => ID, { nullable: true }) resolvedBy!: string | null;
}

@ObjectType('CommentThreadConnection')
export class CommentThreadConnectionModel extends ConnectionModel(CommentThreadModel) {}

@ObjectType('CommentCount', { description: 'Comments on one card: all of them and the threads still open.' })
export class CommentCountModel {
  @Field(() => CommentTargetKind) targetKind!: CommentTargetKind;
  @Field(() => ID) targetId!: string;
  @Field(() => Int) comments!: number;
  @Field(() => Int) openThreads!: number;
}
