import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TemplatePersona', { description: "The persona a template brings, in the request's language" })
export class TemplatePersonaModel {
  @Field() key!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [String]) goals!: string[];
  @Field(() => [String]) needs!: string[];
  @Field(() => [String]) frustrations!: string[];
}
