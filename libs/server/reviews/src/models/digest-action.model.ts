import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DigestAction', { description: 'An improvement action on the metric that may explain the change' })
export class DigestActionModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() status!: string;
}
