import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CustomLane', { description: "A lane the team added to its journey map (after the built-in lanes, in this order)" })
export class CustomLaneModel {
  @Field() key!: string;
  @Field() nameZh!: string;
  @Field() nameEn!: string;
  @Field({ description: 'text (lines of text) | image (a picture per touchpoint)' }) kind!: string;
}
