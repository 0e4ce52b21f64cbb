import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('IndustryLabel', { description: "An industry key with its name in the request's language, as a plugin manifest declares it" })
export class IndustryLabelModel {
  @Field() key!: string;
  @Field({ description: 'The key itself when no installed plugin names the industry' }) name!: string;
}
