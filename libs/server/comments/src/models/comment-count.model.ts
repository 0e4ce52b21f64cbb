import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommentTargetKind } from '../comment-target';

@ObjectType('CommentCount', { description: 'Comments on one card: all of them and the threads still open.' })
export class CommentCountModel {
  @Field(() => CommentTargetKind) targetKind!: CommentTargetKind;
  @Field(() => ID) targetId!: string;
  @Field(() => Int) comments!: number;
  @Field(() => Int) openThreads!: number;
}
