import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ActionComment')
export class ActionCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) actionId!: string;
  @Field(() => ID, { nullable: true }) authorId!: string | null;
  @Field({ description: 'Plain text; render as text, never as HTML' }) body!: string;
  @Field() createdAt!: Date;
}
