import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';

@ObjectType('ImportPreview', { description: 'The first rows of a CSV and the mapping proposed for its headers.' })
export class ImportPreviewModel {
  @Field(() => [String]) headers!: string[];
  @Field(() => [[String]]) rows!: string[][];
  @Field(() => GraphQLJSON, { description: 'CSV header → field, for the headers that were recognised' }) mapping!: Record<string, string>;
  @Field(() => [String], { description: 'The fields a mapping may name' }) fields!: string[];
  @Field() detectedEncoding!: string;
}
