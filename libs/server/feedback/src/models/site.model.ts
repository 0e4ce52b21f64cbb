import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Site', { description: 'Where a service was delivered: a community (小区), store or branch.' })
export class SiteModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
}
