import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommentModel } from './comment.model';

@ObjectType('CommentThread', { description: 'A root comment and its replies (oldest first); resolving marks the thread.' })
export class CommentThreadModel {
  @Field(() => ID, { description: 'The root comment id' }) id!: string;
  @Field(() => CommentModel) root!: CommentModel;
  @Field(() => [CommentModel]) replies!: CommentModel[];
  @Field() resolved!: boolean;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => ID, { nullable: true }) resolvedBy!: string | null;
}
