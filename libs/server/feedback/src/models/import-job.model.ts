import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';
import { ImportRowErrorModel } from './import-row-error.model';

@ObjectType('ImportJob', { description: 'A CSV import of feedback, running in the background; poll it for progress.' })
export class ImportJobModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'queued | running | succeeded | failed' }) status!: string;
  @Field({ description: 'partial (bad rows are rejected, the rest imported) | all_or_nothing' }) mode!: string;
  @Field({ description: 'auto | utf8 | gb18030, as requested' }) encoding!: string;
  @Field(() => String, { nullable: true, description: 'The encoding the file was read with' }) detectedEncoding!: string | null;
  @Field(() => GraphQLJSON, { description: 'CSV header → field' }) mapping!: Record<string, string>;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Float, { description: 'Share of the file processed, 0–100' }) progress!: number;
  @Field(() => Int, { description: 'Data rows read so far (accepted + duplicate + rejected)' }) total!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: 'Rows whose (source, externalId) was imported before' }) duplicate!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [ImportRowErrorModel], { description: 'The first 1,000 rejected rows; `rejected` counts all of them' }) errors!: ImportRowErrorModel[];
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
