import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewAction', { description: 'An improvement action of the journey as it stood at the review' })
export class ReviewActionModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
  @Field() overdue!: boolean;
}
