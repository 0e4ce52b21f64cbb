import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
